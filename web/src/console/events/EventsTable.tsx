// The loaded events, newest first, paged in the browser: each reads as a sentence ("王书记 将 张三
// 转接到 …"); a row expands to its IDs and raw data for whoever needs to trace it.
import type { TableProps } from 'antd';
import { Descriptions, Grid, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { EventRow } from './useEvents.ts';
import './strings.ts';

function RowDetails({ row }: { row: EventRow }) {
  const { t } = useTranslation('events');
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 160 } }}>
      <Descriptions.Item label={t('detail.id')}>{row.id}</Descriptions.Item>
      {row.actorName && <Descriptions.Item label={t('col.actor')}>{row.actorName}</Descriptions.Item>}
      {row.subjectType && (
        <Descriptions.Item label={t('detail.subject')}>
          {row.subjectType} <Typography.Text copyable>{row.subjectId}</Typography.Text>
        </Descriptions.Item>
      )}
      {row.delegationId && (
        <Descriptions.Item label={t('detail.delegation')}>
          <Typography.Text copyable>{row.delegationId}</Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('detail.data')}>
        <pre className="hy-event-json">{JSON.stringify(row.data, null, 2)}</pre>
      </Descriptions.Item>
    </Descriptions>
  );
}

const formatTime = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss');

export function EventsTable({ rows, loading }: { rows: EventRow[]; loading: boolean }) {
  const { t } = useTranslation('events');
  // On a phone-width screen the sentence is the row: time and type above it, no sideways scrolling.
  const isNarrow = Grid.useBreakpoint().md === false;
  const narrowColumns: TableProps<EventRow>['columns'] = [
    {
      title: t('col.summary'),
      key: 'summary',
      render: (_, r) => (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(r.occurredAt)} · {r.typeLabel}
          </Typography.Text>
          <div>{r.summary}</div>
        </div>
      ),
    },
  ];
  const wideColumns: TableProps<EventRow>['columns'] = [
    {
      title: t('col.at'),
      dataIndex: 'occurredAt',
      width: 165,
      render: formatTime,
    },
    {
      title: t('col.type'),
      dataIndex: 'type',
      width: 130,
      render: (type: string, r) => (
        <Tooltip title={type}>
          <span>{r.typeLabel}</span>
        </Tooltip>
      ),
    },
    {
      title: t('col.summary'),
      dataIndex: 'summary',
      ellipsis: { showTitle: false },
      render: (summary: string) => (
        <Tooltip title={summary} placement="topLeft">
          <span>{summary}</span>
        </Tooltip>
      ),
    },
    {
      title: t('col.person'),
      key: 'person',
      width: 110,
      render: (_, r) => (
        <span>
          {r.personName ?? '—'}
          {r.actingForPersonId && (
            <Tooltip title={t('actingForHint', { actor: r.actorName ?? '' })}>
              <Tag color="orange" style={{ marginLeft: 6 }}>
                {t('actingFor')}
              </Tag>
            </Tooltip>
          )}
        </span>
      ),
    },
    { title: t('col.org'), dataIndex: 'orgName', width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
  ];
  return (
    <Table<EventRow>
      rowKey="id"
      size="middle"
      columns={isNarrow ? narrowColumns : wideColumns}
      dataSource={rows}
      loading={loading}
      scroll={isNarrow ? undefined : { x: 1000 }}
      expandable={{ expandedRowRender: (r) => <RowDetails row={r} /> }}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (n) => t('common:pager.total', { total: n }),
      }}
    />
  );
}
