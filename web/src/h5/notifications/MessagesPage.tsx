// 消息 on the phone: my notifications, newest first, in large type; unread ones marked, urgent ones
// tagged. Tapping one marks it read and opens its link; 全部标为已读 clears the list at once.
import { Button, List, Tag, Toast } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type NotificationItem,
  useMarkAllRead,
  useNotifications,
  useOpenNotification,
} from '../../shared/notifications/queries.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import '../../shared/notifications/strings.ts';
import './notifications.css';

function Row({ n }: { n: NotificationItem }) {
  const { t } = useTranslation('notify');
  const openNotification = useOpenNotification();
  const open = () => openNotification(n);
  return (
    <List.Item
      className={n.readAt ? 'hy-msg hy-msg-read' : 'hy-msg'}
      onClick={() => void open()}
      arrowIcon={Boolean(n.link)}
      prefix={<span className={n.readAt ? 'hy-msg-dot hy-msg-dot-read' : 'hy-msg-dot'} aria-hidden />}
      description={
        <>
          <span className="hy-msg-body">{n.body}</span>
          <span className="hy-msg-time">{dayjs(n.createdAt).format('MM-DD HH:mm')}</span>
        </>
      }
    >
      <span className="hy-msg-title">
        {n.urgency === 'urgent' && (
          <Tag color="danger" className="hy-msg-tag">
            {t('urgent')}
          </Tag>
        )}
        {n.title}
        {!n.readAt && <span className="hy-m-sr-only">（{t('unread')}）</span>}
      </span>
    </List.Item>
  );
}

export function Component() {
  const { t } = useTranslation('notify');
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const list = useNotifications(filter);
  const readAll = useMarkAllRead();
  if (list.isPending) return <PageLoading />;
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.data);
  const unread = list.data.pages[0]?.unread ?? 0;
  return (
    <div className="hy-m-page">
      <div className="hy-msg-head">
        <h1 className="hy-m-page-title">{t('h5Title')}</h1>
        <Link to="/m/notifications/settings" className="hy-m-link-button">
          {t('settings')}
        </Link>
      </div>
      <div className="hy-msg-filters">
        {(['all', 'unread'] as const).map((f) => (
          <Button
            key={f}
            size="middle"
            color={filter === f ? 'primary' : 'default'}
            fill={filter === f ? 'solid' : 'outline'}
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
          >
            {f === 'all' ? t('all') : `${t('unread')}${unread ? ` ${unread}` : ''}`}
          </Button>
        ))}
        <Button
          size="middle"
          fill="none"
          disabled={unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate(undefined, { onSuccess: () => Toast.show(t('readAllDone')) })}
        >
          {t('readAll')}
        </Button>
      </div>
      {items.length === 0 ? (
        <p className="hy-m-note">{filter === 'unread' ? t('emptyUnread') : t('empty')}</p>
      ) : (
        <List mode="card">
          {items.map((n) => (
            <Row key={n.id} n={n} />
          ))}
        </List>
      )}
      {list.hasNextPage && (
        <div className="hy-m-actions">
          <Button block size="large" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('more')}
          </Button>
        </div>
      )}
    </div>
  );
}
