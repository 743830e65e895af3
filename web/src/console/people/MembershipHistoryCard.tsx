// 组织关系历史: every membership of a person, newest first, with how it began and ended and the
// reason of each transfer (GET /api/people/:id/memberships).
import { Alert, Button, Card, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { type Membership, useMemberships } from './api.ts';

function MembershipItem({ m }: { m: Membership }) {
  const { t } = useTranslation('people');
  const isCurrent = m.toDate === null;
  const reasons = [m.transferIn?.reason, m.transferOut?.reason].filter((r): r is string => !!r);
  return (
    <Space orientation="vertical" size={2}>
      <Space wrap size={8}>
        <Typography.Text strong>{m.org.name}</Typography.Text>
        {isCurrent && <Tag color="green">{t('history.current')}</Tag>}
      </Space>
      <Typography.Text type="secondary">
        {m.fromDate} ~ {m.toDate ?? t('history.untilNow')}
        {' · '}
        {t(`history.opened.${m.openedBy}`)}
        {m.closedBy && ` → ${t(`history.closed.${m.closedBy}`)}`}
      </Typography.Text>
      {[...new Set(reasons)].map((r) => (
        <Typography.Text key={r}>{t('history.reason', { reason: r })}</Typography.Text>
      ))}
    </Space>
  );
}

export function MembershipHistoryCard({ personId }: { personId: string }) {
  const { t } = useTranslation('people');
  const history = useMemberships(personId, true);

  let body: React.ReactNode;
  if (history.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (history.error) {
    body = (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={errorText(history.error)}
        action={
          <Button size="small" onClick={() => void history.refetch()}>
            {t('common:state.retry')}
          </Button>
        }
      />
    );
  } else if (history.data.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  } else {
    body = (
      <Timeline
        style={{ marginTop: 8 }}
        items={history.data.map((m) => ({
          key: m.id,
          color: m.toDate === null ? 'green' : 'gray',
          content: <MembershipItem m={m} />,
        }))}
      />
    );
  }
  return (
    <Card title={t('history.title')} loading={false}>
      {body}
    </Card>
  );
}
