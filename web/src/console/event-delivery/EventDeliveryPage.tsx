// 事件投递: for system administrators, each event subscriber's delivery state (the outbox's
// cursors): how much it has received, and whether it is failing, since when and why. Refreshes
// itself every 10 seconds while open.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Result, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import './strings.ts';

type Row = Awaited<ReturnType<typeof fetchStates>>[number];

const fetchStates = async (signal: AbortSignal) =>
  (await call(http.GET('/api/events/subscriptions', { params: { query: {} }, signal }))).data;

const tone = { ok: 'green', retrying: 'orange', failed: 'red' } as const;
const when = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm:ss') : '—');

export function Component() {
  const { t } = useTranslation('delivery');
  const me = useSignedInMe();
  const allowed = me.abilities.canReadEventDelivery === true;
  const states = useQuery({
    queryKey: ['event-subscriptions'],
    queryFn: ({ signal }) => fetchStates(signal),
    enabled: allowed,
    refetchInterval: 10_000,
  });
  if (!allowed) return <Result status="403" title="403" subTitle={t('common:state.forbidden')} />;
  const rows = states.data ?? [];
  const failing = rows.filter((r) => r.status !== 'ok').length;

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      {states.error && <Alert type="error" showIcon message={errorText(states.error)} />}
      {states.data && rows.length > 0 && (
        <Alert
          type={failing ? 'warning' : 'success'}
          showIcon
          message={failing ? t('problems', { n: failing }) : t('allOk')}
        />
      )}
      <Card size="small">
        <Table<Row>
          rowKey="subscriberId"
          loading={states.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('none') }}
          columns={[
            {
              title: t('col.subscriber'),
              key: 'subscriber',
              render: (_, r) => (
                <Flex vertical>
                  <Typography.Text strong>{r.label}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.isInstalled ? r.subscriberId : `${r.subscriberId} · ${t('notInstalled')}`}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('col.status'),
              key: 'status',
              render: (_, r) => <Tag color={tone[r.status]}>{t(`status.${r.status}`)}</Tag>,
            },
            { title: t('col.delivered'), dataIndex: 'delivered', align: 'right' },
            {
              title: t('col.attempts'),
              key: 'attempts',
              align: 'right',
              render: (_, r) => (r.attempts ? t('times', { n: r.attempts }) : '—'),
            },
            { title: t('col.lastDelivered'), key: 'last', render: (_, r) => when(r.lastDeliveredAt) },
            { title: t('col.next'), key: 'next', render: (_, r) => (r.status === 'ok' ? '—' : when(r.nextAttemptAt)) },
            {
              title: t('col.error'),
              key: 'error',
              render: (_, r) =>
                r.lastError ? (
                  <Typography.Text type="danger" style={{ maxWidth: 360 }} ellipsis={{ tooltip: r.lastError }}>
                    {r.lastError}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
