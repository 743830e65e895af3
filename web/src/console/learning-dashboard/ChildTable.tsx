// 下级组织排名: each direct child with its figures, ranked; a click opens the child's own dashboard.
// The org's own members, if any, are the last row, so the rows add up to the totals.
import { Button, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { type Dashboard, percent } from './api.ts';
import './strings.ts';

type Row = Dashboard['children'][number];

export function ChildTable({ dashboard, onOpen }: { dashboard: Dashboard; onOpen: (orgId: number) => void }) {
  const { t } = useTranslation('learningDashboard');
  const columns: ColumnsType<Row> = [
    { key: 'rank', title: t('children.col.rank'), width: 64, render: (_, r) => r.rank ?? '—' },
    {
      key: 'org',
      title: t('children.col.org'),
      render: (_, r) =>
        r.isSelf ? (
          `${r.org.name}${t('children.self')}`
        ) : (
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
            onClick={() => onOpen(r.org.id)}
          >
            {r.org.name}
          </Button>
        ),
    },
    { key: 'members', title: t('children.col.members'), align: 'right', render: (_, r) => r.members },
    {
      key: 'participation',
      title: t('children.col.participation'),
      align: 'right',
      render: (_, r) => percent(r.participationRate),
    },
    { key: 'answerRate', title: t('children.col.answerRate'), align: 'right', render: (_, r) => percent(r.answerRate) },
    {
      key: 'minutes',
      title: t('children.col.minutes'),
      align: 'right',
      responsive: ['md'],
      render: (_, r) => r.readMinutes + r.watchMinutes,
    },
    { key: 'points', title: t('children.col.points'), align: 'right', responsive: ['md'], render: (_, r) => r.points },
    {
      key: 'delegated',
      title: t('children.col.delegated'),
      align: 'right',
      responsive: ['md'],
      render: (_, r) => (
        <Tooltip title={t('kpi.delegatedHint', { days: r.delegated.personDays, answers: r.delegated.answers })}>
          {percent(r.delegated.timeShare)}
        </Tooltip>
      ),
    },
  ];
  return (
    <Table<Row>
      size="middle"
      rowKey={(r) => `${r.isSelf ? 'self' : 'child'}-${r.org.id}`}
      columns={columns}
      dataSource={dashboard.children}
      pagination={dashboard.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t('children.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
