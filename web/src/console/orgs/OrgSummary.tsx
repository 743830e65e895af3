// The tree page's side panel: the selected organisation's counts and particulars, its actions, and
// the way to its full detail page.
import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgActions } from './OrgActions.tsx';
import { OrgCounts, OrgParticulars, OrgTypeTag } from './OrgFacts.tsx';
import { type Org, useOrgDetail } from './orgQueries.ts';

type Props = {
  orgId: number | null;
  onCreated?: (org: Org) => void;
  onMoved?: (org: Org) => void;
  onDissolved?: (org: Org) => void;
};

export function OrgSummary({ orgId, onCreated, onMoved, onDissolved }: Props) {
  const { t } = useTranslation('orgs');
  const detail = useOrgDetail(orgId);

  if (orgId == null) {
    return (
      <Card>
        <Empty description={t('pickOne')} />
      </Card>
    );
  }
  if (detail.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (detail.isError) {
    const e = detail.error;
    const refused = e instanceof ApiError && (e.status === 403 || e.status === 404);
    return (
      <Card>
        <Result
          status={refused ? '404' : 'error'}
          title={refused ? t('refusedTitle') : t('common:state.error')}
          subTitle={refused ? t('common:state.notFound') : errorText(e)}
        />
      </Card>
    );
  }

  const org = detail.data;
  return (
    <Card
      title={
        <Space size={8} style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis={{ tooltip: org.name }} style={{ fontSize: 16, maxWidth: 420 }}>
            {org.name}
          </Typography.Text>
          <OrgTypeTag org={org} />
          {org.isDissolved && <Tag>{t('dissolved')}</Tag>}
        </Space>
      }
      extra={
        <Link to={`/orgs/${org.id}`}>
          {t('openDetail')} <RightOutlined aria-hidden />
        </Link>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <OrgActions org={org} size="small" onCreated={onCreated} onMoved={onMoved} onDissolved={onDissolved} />
        <OrgCounts org={org} narrow />
        <OrgParticulars org={org} columns={1} />
      </Space>
    </Card>
  );
}
