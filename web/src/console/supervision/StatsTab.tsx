// 统计: the alerts of an organisation's subtree over a period (default: the last 12 weeks): totals,
// alerts per week, the outcome mix, counts per rule and per organisation below with what is still
// open, and the Excel export of the same alerts (a background job, followed by ExportButton).
import { Card, Col, DatePicker, Empty, Flex, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { type AlertStats, startAlertExport, useAlertStats } from '../../shared/supervision/api.ts';
import { ExportButton } from '../learning-dashboard/ExportButton.tsx';
import { useScope } from '../shell/scope.tsx';
import { OutcomeChart, WeekChart } from './StatsCharts.tsx';
import './strings.ts';

type OrgRow = AlertStats['byOrg'][number];
type RuleRow = AlertStats['byRule'][number];

function Figures({ stats }: { stats: AlertStats }) {
  const { t } = useTranslation('supervisionAdmin');
  const hasOutcomes = stats.byOutcome.some((o) => o.count > 0);
  return (
    <Row gutter={[16, 16]}>
      {(
        [
          ['stats.total', stats.total],
          ['stats.unclosed', stats.unclosed],
          ['stats.reported', stats.reported],
        ] as const
      ).map(([key, value]) => (
        <Col key={key} xs={8}>
          <Card size="small">
            <Statistic title={t(key)} value={value} />
          </Card>
        </Col>
      ))}
      <Col xs={24} xl={14}>
        <Card size="small" title={t('stats.byWeek')} style={{ height: '100%' }}>
          {stats.total === 0 ? <Empty description={t('stats.none')} /> : <WeekChart stats={stats} />}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('stats.byOutcome')} style={{ height: '100%' }}>
          {hasOutcomes ? <OutcomeChart stats={stats} /> : <Empty description={t('stats.noOutcome')} />}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('stats.byRule')} style={{ height: '100%' }}>
          <Table<RuleRow>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={stats.byRule}
            locale={{ emptyText: t('stats.none') }}
            columns={[
              { title: t('stats.col.rule'), dataIndex: 'label' },
              { title: t('stats.col.count'), dataIndex: 'count', align: 'right', width: 90 },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('stats.byOrg')} style={{ height: '100%' }}>
          <Table<OrgRow>
            size="small"
            rowKey="orgId"
            pagination={stats.byOrg.length > 10 ? { pageSize: 10, size: 'small' } : false}
            dataSource={stats.byOrg}
            locale={{ emptyText: t('stats.none') }}
            columns={[
              { title: t('stats.col.org'), dataIndex: 'label' },
              {
                title: t('stats.col.count'),
                dataIndex: 'count',
                align: 'right',
                width: 90,
                sorter: (a, b) => a.count - b.count,
              },
              {
                title: t('stats.col.unclosed'),
                dataIndex: 'unclosed',
                align: 'right',
                width: 90,
                defaultSortOrder: 'descend',
                sorter: (a, b) => a.unclosed - b.unclosed,
                render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

export function StatsTab() {
  const { t } = useTranslation('supervisionAdmin');
  const { scope } = useScope();
  const [orgId, setOrgId] = useState<number | undefined>(scope?.orgId);
  const [range, setRange] = useState<[string, string]>([
    dayjs().subtract(11, 'week').startOf('week').format('YYYY-MM-DD'),
    dayjs().format('YYYY-MM-DD'),
  ]);
  const stats = useAlertStats({ orgId, from: range[0], to: range[1] });
  const s = stats.data;
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <OrgTreeSelect
            aria-label={t('alerts.filter.org')}
            value={orgId ?? null}
            valueLabel={s?.orgName ?? scope?.orgName}
            allowClear={false}
            style={{ width: 260 }}
            onChange={(id) => id && setOrgId(id)}
          />
          <DatePicker.RangePicker
            aria-label={t('stats.range')}
            allowClear={false}
            value={[dayjs(range[0]), dayjs(range[1])]}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')]);
            }}
          />
          <ExportButton
            label={t('stats.export')}
            start={(key) => startAlertExport({ orgId, from: range[0], to: range[1] }, key)}
          />
        </Flex>
      </Card>
      {stats.error && <Typography.Text type="danger">{errorText(stats.error)}</Typography.Text>}
      {!s && stats.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {s && <Figures stats={s} />}
    </Flex>
  );
}
