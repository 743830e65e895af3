// 我的消息 in the console: my notifications, newest first, all or unread, a page at a time; opening
// one marks it read and follows its link. System administrators also see the outbox of emails and
// text messages below, with failed ones to send again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Flex, List, Segmented, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import {
  type NotificationItem,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useOpenNotification,
} from '../../shared/notifications/queries.ts';
import '../../shared/notifications/strings.ts';
import './strings.ts';

const when = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

function Item({ n }: { n: NotificationItem }) {
  const { t } = useTranslation('notify');
  const markRead = useMarkRead();
  const openNotification = useOpenNotification();
  const open = () => openNotification(n);
  return (
    <List.Item
      actions={[
        !n.readAt && (
          <Button key="read" size="small" type="link" onClick={() => markRead.mutate(n.id)}>
            {t('markRead')}
          </Button>
        ),
        n.link && (
          <Button key="open" size="small" type="link" onClick={() => void open()}>
            {t('open')}
          </Button>
        ),
      ].filter(Boolean)}
    >
      <List.Item.Meta
        avatar={<Badge status={n.readAt ? 'default' : 'processing'} />}
        title={
          <Flex gap={8} align="center">
            <Typography.Text style={{ fontWeight: n.readAt ? 400 : 600 }}>{n.title}</Typography.Text>
            {n.urgency === 'urgent' && <Tag color="red">{t('urgent')}</Tag>}
          </Flex>
        }
        description={
          <Flex vertical gap={2}>
            <Typography.Text type={n.readAt ? 'secondary' : undefined}>{n.body}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {when(n.createdAt)}
            </Typography.Text>
          </Flex>
        }
      />
    </List.Item>
  );
}

function Outbox() {
  const { t } = useTranslation('outbox');
  const client = useQueryClient();
  const { message } = App.useApp();
  const [status, setStatus] = useState<'failed' | 'pending' | 'sent' | 'all'>('failed');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['notification-deliveries', status, page],
    queryFn: () =>
      call(
        http.GET('/api/notification-deliveries', {
          params: { query: { page, pageSize: 10, ...(status === 'all' ? {} : { status }) } },
        }),
      ),
    refetchInterval: 15_000,
  });
  const retry = useMutation({
    mutationFn: (id: string) =>
      call(http.POST('/api/notification-deliveries/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => {
      void message.success(t('retried'));
      void client.invalidateQueries({ queryKey: ['notification-deliveries'] });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const channels = list.data?.channels;
  type Row = NonNullable<typeof list.data>['data'][number];
  return (
    <Card
      size="small"
      title={t('title')}
      extra={
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as typeof status);
            setPage(1);
          }}
          options={(['failed', 'pending', 'sent', 'all'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      }
    >
      {channels && (
        <Flex gap={8} style={{ marginBottom: 12 }}>
          {(['email', 'webhook'] as const).map((c) => (
            <Tag key={c} color={channels[c] ? 'green' : 'default'}>
              {t(`channel.${c}`)} · {channels[c] ? t('on') : t('off')}
            </Tag>
          ))}
        </Flex>
      )}
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.data ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('none') }}
        pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('col.channel'), key: 'channel', render: (_, r) => t(`channel.${r.channel}`) },
          { title: t('col.destination'), dataIndex: 'destination' },
          { title: t('col.subject'), dataIndex: 'subject' },
          {
            title: t('col.status'),
            key: 'status',
            render: (_, r) => (
              <Tag color={r.status === 'sent' ? 'green' : r.status === 'failed' ? 'red' : 'blue'}>
                {t(`status.${r.status}`)}
              </Tag>
            ),
          },
          { title: t('col.attempts'), dataIndex: 'attempts', align: 'right' },
          { title: t('col.next'), key: 'next', render: (_, r) => when(r.nextAttemptAt) },
          {
            title: t('col.error'),
            key: 'error',
            render: (_, r) =>
              r.lastError ? (
                <Typography.Text type="danger" style={{ maxWidth: 280 }} ellipsis={{ tooltip: r.lastError }}>
                  {r.lastError}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'retry',
            render: (_, r) =>
              r.status === 'failed' && (
                <Button size="small" loading={retry.isPending} onClick={() => retry.mutate(r.id)}>
                  {t('retry')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

export function Component() {
  const { t } = useTranslation('notify');
  const me = useSignedInMe();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const list = useNotifications(filter);
  const readAll = useMarkAllRead();
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;
  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Flex gap={8}>
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as 'all' | 'unread')}
            options={[
              { value: 'all', label: t('all') },
              { value: 'unread', label: `${t('unread')}${unread ? ` (${unread})` : ''}` },
            ]}
          />
          <Button
            disabled={unread === 0}
            loading={readAll.isPending}
            onClick={() => readAll.mutate(undefined, { onSuccess: () => void message.success(t('readAllDone')) })}
          >
            {t('readAll')}
          </Button>
        </Flex>
      </div>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Card size="small">
        <List
          itemLayout="vertical"
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: filter === 'unread' ? t('emptyUnread') : t('empty') }}
          renderItem={(n) => <Item n={n} />}
          loadMore={
            list.hasNextPage && (
              <Flex justify="center" style={{ padding: 12 }}>
                <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {t('more')}
                </Button>
              </Flex>
            )
          }
        />
      </Card>
      {me.abilities.canManageDeliveries && <Outbox />}
    </Flex>
  );
}
