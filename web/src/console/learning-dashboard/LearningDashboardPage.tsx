// 学习统计: the learning figures of an organisation's subtree (default: the console scope) over a
// period (default: this month): KPI cards, the daily trend, the organisations below ranked (a
// click drills down), the not-studied list, and Excel exports. Org, period and ranking live in
// the address, so a drill-down is a link the browser's back button undoes.
import { ArrowUpOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Grid, Radio, Result, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { type Dashboard, type RankBy, useDashboard } from './api.ts';
import { ChildList } from './ChildList.tsx';
import { ChildTable } from './ChildTable.tsx';
import { ExportButton } from './ExportButton.tsx';
import { InactiveList } from './InactiveList.tsx';
import { KpiCards } from './KpiCards.tsx';
import { TrendChart } from './TrendChart.tsx';
import './learning-dashboard.css';
import './strings.ts';

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function useParamsState(defaultOrg: number | undefined) {
  const [params, setParams] = useSearchParams();
  const today = CHINA_DATE.format(new Date());
  const org = Number(params.get('org'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const state = {
    orgId: Number.isInteger(org) && org > 0 ? org : defaultOrg,
    from: DAY.test(from) ? from : `${today.slice(0, 8)}01`,
    to: DAY.test(to) ? to : today,
    rankBy: (params.get('rankBy') === 'participation' ? 'participation' : 'answerRate') as RankBy,
  };
  const update = (patch: Partial<typeof state>) => {
    const next = { ...state, ...patch };
    setParams({
      ...(next.orgId ? { org: String(next.orgId) } : {}),
      from: next.from,
      to: next.to,
      rankBy: next.rankBy,
    });
  };
  return { state, update };
}

function Figures({
  d,
  big,
  onOpen,
  rankBy,
  setRankBy,
}: {
  d: Dashboard;
  big: boolean;
  onOpen: (id: number) => void;
  rankBy: RankBy;
  setRankBy: (r: RankBy) => void;
}) {
  const { t } = useTranslation('learningDashboard');
  const wide = Grid.useBreakpoint().md !== false;
  const rankTools = (
    <Space wrap>
      <Radio.Group
        optionType="button"
        size={wide ? 'small' : 'middle'}
        aria-label={t('children.rankBy')}
        value={rankBy}
        onChange={(e) => setRankBy(e.target.value)}
        options={[
          { value: 'answerRate', label: t('children.byAnswerRate') },
          { value: 'participation', label: t('children.byParticipation') },
        ]}
      />
      {!big && (
        <ExportButton
          orgId={d.org.id}
          request={{ kind: 'dashboard', from: d.from, to: d.to, rankBy }}
          label={t('export.dashboard')}
        />
      )}
    </Space>
  );
  return (
    <Flex vertical gap={16}>
      <KpiCards d={d} />
      <Card size="small" title={t('trend.title')}>
        <TrendChart dashboard={d} height={big ? 360 : 280} />
      </Card>
      <Card size="small" title={t('children.title')} extra={wide ? rankTools : undefined}>
        {!wide && <div style={{ marginBottom: 8 }}>{rankTools}</div>}
        {wide ? <ChildTable dashboard={d} onOpen={onOpen} /> : <ChildList dashboard={d} onOpen={onOpen} />}
      </Card>
    </Flex>
  );
}

/** HH:mm in China time, as the figures' days are China days. */
const clockTime = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));

export function Component() {
  const { t } = useTranslation('learningDashboard');
  const me = useSignedInMe();
  const { scope } = useScope();
  const { state, update } = useParamsState(scope?.orgId);
  const [big, setBig] = useState(false);
  const canRead = me.abilities.canReadLearningDashboard === true;
  const dashboard = useDashboard(
    canRead && state.orgId ? { orgId: state.orgId, from: state.from, to: state.to, rankBy: state.rankBy } : null,
  );
  if (!canRead) return <Result status="403" title="403" subTitle={t('common:state.forbidden')} />;
  const d = dashboard.data;
  const refused = dashboard.error instanceof ApiError && [403, 404].includes(dashboard.error.status);
  const canGoUp = !!d?.org.parentId && d.org.id !== scope?.orgId;

  const tools = (
    <div className="hy-ld-head-tools">
      <OrgTreeSelect
        id="ld-org"
        aria-label={t('org')}
        value={state.orgId ?? null}
        valueLabel={d?.org.name ?? scope?.orgName}
        allowClear={false}
        style={{ width: 260 }}
        onChange={(orgId) => orgId && update({ orgId })}
      />
      <DatePicker.RangePicker
        aria-label={t('period')}
        allowClear={false}
        value={[dayjs(state.from), dayjs(state.to)]}
        disabledDate={(x) => x.isAfter(dayjs(), 'day')}
        onChange={(v) => {
          if (v?.[0] && v[1]) update({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
        }}
      />
      {canGoUp && d?.org.parentId && (
        <Button icon={<ArrowUpOutlined />} onClick={() => update({ orgId: d.org.parentId ?? undefined })}>
          {t('up')}
        </Button>
      )}
      <Button
        icon={big ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
        onClick={() => setBig(!big)}
        aria-pressed={big}
      >
        {big ? t('exitBigScreen') : t('bigScreen')}
      </Button>
    </div>
  );

  const status = d && (
    <Space wrap size={4}>
      <Typography.Text type="secondary">
        {d.from} ~ {d.to} · {t('workdays', { n: d.workdays })} ·{' '}
        <span title={t('membersAtHint')}>{t('membersAt', { time: clockTime(d.membersComputedAt) })}</span>
      </Typography.Text>
      {d.isProvisional && (
        <Tag color="warning" title={t('provisionalHint')}>
          {t('provisional')}
        </Tag>
      )}
    </Space>
  );

  if (big && d) {
    return (
      <section className="hy-ld-big" aria-label={t('bigScreen')}>
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="center" wrap gap={12}>
            <h1 className="hy-ld-big-title">
              {d.org.name} · {t('title')}
            </h1>
            <Button ghost icon={<FullscreenExitOutlined />} onClick={() => setBig(false)}>
              {t('exitBigScreen')}
            </Button>
          </Flex>
          <Figures
            d={d}
            big
            onOpen={(orgId) => update({ orgId })}
            rankBy={state.rankBy}
            setRankBy={(rankBy) => update({ rankBy })}
          />
        </Flex>
      </section>
    );
  }

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>
            {t('title')}
            {d ? ` · ${d.org.name}` : ''}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <Card size="small">
        <Flex vertical gap={8}>
          {tools}
          {status}
        </Flex>
      </Card>
      {d?.isProvisional && <Alert type="warning" showIcon title={t('provisionalHint')} />}
      {refused && <Result status="404" subTitle={t('common:state.notFound')} />}
      {dashboard.error && !refused && <Alert type="error" showIcon title={errorText(dashboard.error)} />}
      {!d && dashboard.isPending && state.orgId && <Skeleton active paragraph={{ rows: 8 }} />}
      {d && !refused && (
        <>
          <Figures
            d={d}
            big={false}
            onOpen={(orgId) => update({ orgId })}
            rankBy={state.rankBy}
            setRankBy={(rankBy) => update({ rankBy })}
          />
          <InactiveList orgId={d.org.id} />
        </>
      )}
    </Flex>
  );
}
