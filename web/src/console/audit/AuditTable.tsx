// The audit rows: newest first, server-paged, each read as a sentence from the action catalogue;
// a row expands to its target, full details and hash.
import type { TableProps } from 'antd';
import { Button, Descriptions, Grid, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilters, AuditRow } from './useAuditList.ts';
import './strings.ts';

type Props = {
  rows: AuditRow[];
  total: number;
  loading: boolean;
  filters: AuditFilters;
  onChange: (patch: Partial<AuditFilters>) => void;
};

const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

function RowDetails({ row }: { row: AuditRow }) {
  const { t } = useTranslation('audit');
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 180 } }}>
      {row.targetId && (
        <Descriptions.Item label={t('col.target')}>
          {row.targetType} <Typography.Text copyable>{row.targetId}</Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('detail.details')}>
        <pre className="hy-json">{JSON.stringify(row.details, null, 2)}</pre>
      </Descriptions.Item>
      {row.actorAccountId && (
        <Descriptions.Item label={t('detail.actorId')}>
          <Typography.Text copyable>{row.actorAccountId}</Typography.Text>
        </Descriptions.Item>
      )}
      {row.actingForPersonId && (
        <Descriptions.Item label={t('detail.actingFor')}>
          <Typography.Text copyable>{row.actingForPersonId}</Typography.Text>
        </Descriptions.Item>
      )}
      {row.ip && <Descriptions.Item label={t('col.ip')}>{row.ip}</Descriptions.Item>}
      {row.requestId && (
        <Descriptions.Item label={t('detail.requestId')}>
          <Typography.Text copyable>{row.requestId}</Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('detail.hash', { alg: row.alg.toUpperCase() })}>
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {row.hash}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

export function AuditTable({ rows, total, loading, filters, onChange }: Props) {
  const { t } = useTranslation('audit');
  // On a phone-width screen the sentence is the row: time, action and outcome above it.
  const isNarrow = Grid.useBreakpoint().md === false;
  const narrowColumns: TableProps<AuditRow>['columns'] = [
    {
      title: t('col.summary'),
      key: 'summary',
      render: (_, r) => (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            #{r.seq} · {formatTime(r.at)} · {r.actionLabel}
          </Typography.Text>{' '}
          <Tag color={r.outcome === 'success' ? 'green' : 'red'}>{t(`outcome.${r.outcome}`)}</Tag>
          <div>{r.summary}</div>
        </div>
      ),
    },
  ];
  const columns: TableProps<AuditRow>['columns'] = [
    { title: t('col.seq'), dataIndex: 'seq', width: 64 },
    { title: t('col.at'), dataIndex: 'at', width: 165, render: formatTime },
    {
      title: t('col.actor'),
      key: 'actor',
      width: 120,
      render: (_, r) =>
        r.actorAccountId ? (
          <Tooltip title={t('onlyThisActor')}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() =>
                onChange({ actorAccountId: r.actorAccountId ?? undefined, actorName: r.actorName ?? undefined })
              }
            >
              {r.actorName ?? r.actorAccountId.slice(0, 8)}
            </Button>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('system')}</Typography.Text>
        ),
    },
    {
      title: t('col.action'),
      dataIndex: 'action',
      width: 120,
      render: (action: string, r) => (
        <Tooltip title={action}>
          <span>{r.actionLabel}</span>
        </Tooltip>
      ),
    },
    {
      title: t('col.outcome'),
      dataIndex: 'outcome',
      width: 72,
      render: (o: AuditRow['outcome']) => <Tag color={o === 'success' ? 'green' : 'red'}>{t(`outcome.${o}`)}</Tag>,
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
    { title: t('col.org'), dataIndex: 'orgName', width: 150, ellipsis: true, render: (v: string | null) => v ?? '—' },
  ];

  return (
    <Table<AuditRow>
      rowKey="seq"
      size="middle"
      columns={isNarrow ? narrowColumns : columns}
      dataSource={rows}
      loading={loading}
      scroll={isNarrow ? undefined : { x: 1020 }}
      expandable={{ expandedRowRender: (r) => <RowDetails row={r} /> }}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (n) => t('common:pager.total', { total: n }),
        onChange: (page, pageSize) => onChange({ page, pageSize }),
      }}
    />
  );
}
