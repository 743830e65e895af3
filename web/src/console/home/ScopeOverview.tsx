// The scope organisation at a glance: member counts by party status and members per sub-organisation.
// Loaded on its own (React.lazy from HomePage) so ECharts is fetched only by users who see charts.
import type { OrgDetail } from '@hongyun/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';
import { fetchOrgChildren, type OrgNode } from '../../api/orgs.ts';
import { EChart, type EChartOption } from '../../shared/charts/EChart.tsx';
import { errorText } from '../../shared/errors.ts';
import type { ScopeOrg } from '../shell/scope.tsx';
import './strings.ts';

type OrgDetailView = z.infer<typeof OrgDetail>;
/** Bars beyond this many would be unreadable at 1280 px; the largest sub-organisations are shown. */
const TOP_CHILDREN = 15;

function useOrgOverview(orgId: number) {
  const detail = useQuery({
    queryKey: ['home', 'org', orgId],
    queryFn: () => call(http.GET('/api/orgs/{id}', { params: { path: { id: orgId } } })).then((r) => r.data),
  });
  const children = useQuery({ queryKey: ['home', 'children', orgId], queryFn: () => fetchOrgChildren(orgId) });
  return { detail, children };
}

function statusOption(org: OrgDetailView, t: (k: string) => string): EChartOption {
  const { total, full, probationary } = org.memberCounts;
  const other = Math.max(0, total - full - probationary);
  const data = [
    { name: t('stat.full'), value: full },
    { name: t('stat.probationary'), value: probationary },
    ...(other > 0 ? [{ name: t('chart.other'), value: other }] : []),
  ];
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['38%', '60%'],
        center: ['50%', '48%'],
        // Long English labels wrap rather than being cut off.
        label: { formatter: '{b}\n{c}', width: 110, overflow: 'break' },
        data,
      },
    ],
  };
}

function childrenOption(children: OrgNode[], seriesName: string): EChartOption {
  // Largest at the top: a horizontal bar leaves room for long Chinese organisation names.
  const top = [...children]
    .sort((a, b) => b.memberCount - a.memberCount)
    .slice(0, TOP_CHILDREN)
    .reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: top.map((c) => c.shortName ?? c.name),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', name: seriesName, data: top.map((c) => c.memberCount), label: { show: true, position: 'right' } },
    ],
  };
}

export default function ScopeOverview({ scope }: { scope: ScopeOrg }) {
  const { t } = useTranslation('home');
  const { detail, children } = useOrgOverview(scope.orgId);
  const org = detail.data;
  const kids = useMemo(() => (children.data ?? []).filter((c) => !c.isDissolved), [children.data]);
  const pie = useMemo(() => (org ? statusOption(org, t) : null), [org, t]);
  const bars = useMemo(() => childrenOption(kids, t('chart.members')), [kids, t]);

  if (detail.error) return <Alert type="error" showIcon title={errorText(detail.error)} />;
  if (!org) return <Skeleton active />;
  const counts = org.memberCounts;
  const barHeight = Math.max(160, Math.min(kids.length, TOP_CHILDREN) * 28 + 40);

  return (
    <Row gutter={[16, 16]}>
      {(
        [
          ['stat.total', counts.total],
          ['stat.full', counts.full],
          ['stat.probationary', counts.probationary],
          ['stat.children', org.childCount],
        ] as const
      ).map(([key, value]) => (
        <Col key={key} xs={12} xl={6}>
          <Card size="small">
            <Statistic title={t(key)} value={value} />
          </Card>
        </Col>
      ))}
      <Col xs={24} xl={9}>
        <Card size="small" title={t('chart.status')} style={{ height: '100%' }}>
          {counts.total === 0 || !pie ? (
            <Empty description={t('common:state.empty')} />
          ) : (
            <EChart
              option={pie}
              height={280}
              aria-label={t('chart.statusAria', {
                org: scope.orgName,
                full: counts.full,
                probationary: counts.probationary,
              })}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={15}>
        <Card
          size="small"
          title={kids.length > TOP_CHILDREN ? t('chart.byChildTop', { n: TOP_CHILDREN }) : t('chart.byChild')}
          style={{ height: '100%' }}
        >
          {children.error && <Alert type="error" showIcon title={errorText(children.error)} />}
          {children.isPending && <Skeleton active />}
          {children.data && kids.length === 0 && <Empty description={t('chart.noChildren')} />}
          {kids.length > 0 && (
            <EChart option={bars} height={barHeight} aria-label={t('chart.byChildAria', { org: scope.orgName })} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
