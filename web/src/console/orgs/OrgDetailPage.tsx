// /orgs/:id — one organisation: who leads it, where it is, how many members by status, its child
// organisations, its business modules, and the actions its abilities allow.
import { Button, Card, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgActions } from './OrgActions.tsx';
import { OrgChildrenTable } from './OrgChildrenTable.tsx';
import { OrgCounts, OrgParticulars, OrgTypeTag } from './OrgFacts.tsx';
import { OrgModulesCard } from './OrgModulesCard.tsx';
import { useOrgDetail } from './orgQueries.ts';
import './orgs.css';
import './strings.ts';

/** 403 and 404 look the same: an org outside the viewer's reach is not theirs to know about. */
export function OrgRefused() {
  const { t } = useTranslation('orgs');
  return (
    <Result
      status="404"
      title={t('refusedTitle')}
      subTitle={t('common:state.notFound')}
      extra={
        <Link to="/orgs">
          <Button type="primary">{t('backToList')}</Button>
        </Link>
      }
    />
  );
}

export function Component() {
  const { t } = useTranslation('orgs');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useOrgDetail(valid ? id : null);

  if (!valid) return <OrgRefused />;
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.isError) {
    const e = detail.error;
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return <OrgRefused />;
    return (
      <Result
        status="error"
        title={t('common:state.error')}
        subTitle={errorText(e)}
        extra={<Button onClick={() => void detail.refetch()}>{t('common:state.retry')}</Button>}
      />
    );
  }

  const org = detail.data;
  return (
    <div className="hy-org-detail">
      <div className="hy-page-head">
        <div style={{ minWidth: 0 }}>
          <Space size={8} wrap>
            <Typography.Title level={3}>{org.name}</Typography.Title>
            <OrgTypeTag org={org} />
            {org.isDissolved && (
              <Tag>
                {org.dissolvedAt
                  ? t('dissolvedAt', { date: new Date(org.dissolvedAt).toLocaleDateString() })
                  : t('dissolved')}
              </Tag>
            )}
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {org.pathNames.join(' / ')}
          </Typography.Paragraph>
        </div>
        <OrgActions org={org} />
      </div>

      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <OrgCounts org={org} />
        <Card title={t('basic')} size="small">
          <OrgParticulars org={org} />
        </Card>
        <OrgChildrenTable orgId={org.id} />
        {org.abilities.canSwitchModules && <OrgModulesCard org={org} />}
      </Space>
    </div>
  );
}
