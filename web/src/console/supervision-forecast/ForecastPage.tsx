// 风险预测: who in the subtree is likely to meet a "days without the quiz" rule this week, from the
// Monday job's forecast: a chart of people per risk band, the list with score bars and reasons, and
// a note that a forecast is a hint, never an alert. Org and week live in the address.
import { Alert, Card, DatePicker, Flex, Result, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { useForecast } from './api.ts';
import { BandChart } from './BandChart.tsx';
import { ForecastTable } from './ForecastTable.tsx';
import './forecast.css';
import './strings.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE = 20;
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day');

const clock = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));

export function Component() {
  const { t } = useTranslation('forecast');
  const me = useSignedInMe();
  const { scope } = useScope();
  const [params, setParams] = useSearchParams();
  const org = Number(params.get('org'));
  const orgId = Number.isInteger(org) && org > 0 ? org : scope?.orgId;
  const weekParam = params.get('week') ?? '';
  const week = DAY.test(weekParam) ? weekParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (patch: { orgId?: number; week?: string; page?: number }) => {
    const next = { orgId, week, page: 1, ...patch };
    setParams({
      ...(next.orgId ? { org: String(next.orgId) } : {}),
      ...(next.week ? { week: next.week } : {}),
      ...(next.page > 1 ? { page: String(next.page) } : {}),
    });
  };
  const canRead = me.abilities.canReadForecast === true;
  const list = useForecast(canRead ? { orgId, week, page, pageSize: PAGE_SIZE } : null);
  if (!canRead) return <Result status="403" title="403" subTitle={t('common:state.forbidden')} />;
  const d = list.data;
  const refused = list.error instanceof ApiError && [403, 404].includes(list.error.status);
  const shown = d ? dayjs(d.week) : undefined;

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <Alert type="info" showIcon title={t('hint')} />
      <Card size="small">
        <Flex vertical gap={8}>
          <Space wrap>
            <OrgTreeSelect
              id="fc-org"
              aria-label={t('org')}
              value={orgId ?? null}
              valueLabel={scope?.orgName}
              allowClear={false}
              style={{ width: 260 }}
              onChange={(id) => id && update({ orgId: id })}
            />
            <DatePicker
              picker="week"
              aria-label={t('week')}
              allowClear={false}
              value={shown}
              format={(v) =>
                t('weekOf', { from: mondayOf(v).format('MM-DD'), to: mondayOf(v).add(6, 'day').format('MM-DD') })
              }
              onChange={(v) => v && update({ week: mondayOf(v).format('YYYY-MM-DD') })}
            />
          </Space>
          {d && (
            <Typography.Text type="secondary">
              {t('weekOf', { from: d.week, to: dayjs(d.week).add(6, 'day').format('YYYY-MM-DD') })} ·{' '}
              {d.computedAt ? t('computedAt', { time: clock(d.computedAt) }) : t('notComputed')} ·{' '}
              {t('total', { n: d.total })} · {t('threshold', { p: Math.round(d.threshold * 100) })}
            </Typography.Text>
          )}
        </Flex>
      </Card>
      {refused && <Result status="404" subTitle={t('common:state.notFound')} />}
      {list.error && !refused && <Alert type="error" showIcon title={errorText(list.error)} />}
      {!d && list.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {d && !refused && (
        <>
          <Card size="small" title={t('bands')}>
            <BandChart bands={d.bands} />
          </Card>
          <Card size="small">
            <ForecastTable
              list={d}
              loading={list.isFetching}
              page={page}
              pageSize={PAGE_SIZE}
              onPage={(p) => update({ page: p })}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
