// 我的提醒 on the phone: the alerts about me, those still to handle first, each a sentence in large
// type with its state and date. Tapping one opens it (/m/supervision/:id), where I can explain.
import { Button, List, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Alert, useAlerts } from '../../shared/supervision/api.ts';
import { statusText } from '../../shared/supervision/labels.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import '../../shared/supervision/strings.ts';
import './supervision.css';

const PAGE = 30;
/** antd-mobile's tag colours for the states: what waits on me stands out, what is done is calm. */
export const statusTone: Record<Alert['status'], 'danger' | 'warning' | 'primary' | 'success'> = {
  open: 'danger',
  seen: 'warning',
  explained: 'primary',
  closed: 'success',
};

function Row({ a }: { a: Alert }) {
  const { t } = useTranslation('supervision');
  const navigate = useNavigate();
  return (
    <List.Item
      className={a.status === 'closed' ? 'hy-svm-row hy-svm-row-closed' : 'hy-svm-row'}
      onClick={() => navigate(`/m/supervision/${a.id}`)}
      description={
        <span className="hy-svm-row-meta">
          <Tag color={statusTone[a.status]} fill="outline" className="hy-svm-tag">
            {statusText(a.status)}
          </Tag>
          {t('raisedOn', { day: a.day })}
        </span>
      }
    >
      <span className="hy-svm-row-title">{a.headline}</span>
    </List.Item>
  );
}

export function Component() {
  const { t } = useTranslation('supervision');
  const [size, setSize] = useState(PAGE);
  const list = useAlerts({ scope: 'mine' }, 1, size);
  if (list.isPending) return <PageLoading />;
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.data;
  const open = items.filter((a) => a.status !== 'closed');
  const closed = items.filter((a) => a.status === 'closed');
  return (
    <div className="hy-m-page">
      <h1 className="hy-m-page-title">{t('h5.title')}</h1>
      {items.length === 0 && <p className="hy-m-note hy-svm-empty">{t('h5.empty')}</p>}
      {open.length > 0 && (
        <List mode="card" header={<h2 className="hy-m-list-title">{t('h5.open')}</h2>}>
          {open.map((a) => (
            <Row key={a.id} a={a} />
          ))}
        </List>
      )}
      {closed.length > 0 && (
        <List mode="card" header={<h2 className="hy-m-list-title">{t('h5.closedGroup')}</h2>}>
          {closed.map((a) => (
            <Row key={a.id} a={a} />
          ))}
        </List>
      )}
      {list.data.total > items.length && (
        <div className="hy-m-actions">
          <Button block size="large" loading={list.isFetching} onClick={() => setSize(size + PAGE)}>
            {t('h5.more')}
          </Button>
        </div>
      )}
    </div>
  );
}
