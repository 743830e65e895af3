// The alert list with its filters (status, stage, rule, organisation, date range), paged on the
// server. Filters are kept in the address; the default shows what still needs handling (未办结).
import { AlertStages, AlertStatuses } from '@hongyun/contracts';
import { Card, DatePicker, Flex, Grid, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { type Alert, type AlertFilter, useAlerts, useRules } from '../../shared/supervision/api.ts';
import { stageText, statusText } from '../../shared/supervision/labels.ts';
import { useScope } from '../shell/scope.tsx';
import { alertColumns, narrowAlertColumns } from './alert-columns.tsx';
import './strings.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const STATUS_VALUES = ['unclosed', ...AlertStatuses, 'all'] as const;

function useFilter() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'unclosed';
  const stage = params.get('stage');
  const org = Number(params.get('org'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const filter: AlertFilter = {
    scope: 'managed',
    status: status === 'all' ? undefined : (STATUS_VALUES.find((s) => s === status) as AlertFilter['status']),
    stage: AlertStages.find((s) => s === stage),
    ruleId: params.get('rule') ?? undefined,
    orgId: Number.isInteger(org) && org > 0 ? org : undefined,
    from: DAY.test(from) ? from : undefined,
    to: DAY.test(to) ? to : undefined,
  };
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  return { filter, status, set };
}

export function AlertList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation('supervisionAdmin');
  const { scope } = useScope();
  const { filter, status, set } = useFilter();
  // A phone-width window gets one column per alert instead of a table scrolled sideways.
  const wide = Grid.useBreakpoint().md !== false;
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const alerts = useAlerts(filter, page, pageSize);
  const rules = useRules(scope?.orgId, 1, 100);
  const change = (patch: Record<string, string | undefined>) => {
    setPage(1);
    set(patch);
  };

  return (
    <Card>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('alerts.filter.status')}
          style={{ width: 140 }}
          value={status}
          onChange={(v) => change({ status: v === 'unclosed' ? undefined : v })}
          options={STATUS_VALUES.map((s) => ({
            value: s,
            label:
              s === 'all'
                ? t('alerts.filter.anyStatus')
                : s === 'unclosed'
                  ? t('alerts.filter.unclosed')
                  : statusText(s),
          }))}
        />
        <Select
          aria-label={t('alerts.filter.stage')}
          style={{ width: 140 }}
          value={filter.stage ?? ''}
          onChange={(v) => change({ stage: v || undefined })}
          options={[
            { value: '', label: t('alerts.filter.anyStage') },
            ...AlertStages.map((s) => ({ value: s, label: stageText(s) })),
          ]}
        />
        <Select
          aria-label={t('alerts.filter.rule')}
          style={{ width: 220 }}
          value={filter.ruleId ?? ''}
          onChange={(v) => change({ rule: v || undefined })}
          options={[
            { value: '', label: t('alerts.filter.anyRule') },
            ...(rules.data?.data ?? []).map((r) => ({ value: r.id, label: r.name })),
          ]}
        />
        <OrgTreeSelect
          aria-label={t('alerts.filter.org')}
          value={filter.orgId ?? null}
          style={{ width: 240 }}
          onChange={(orgId) => change({ org: orgId ? String(orgId) : undefined })}
        />
        <DatePicker.RangePicker
          aria-label={t('alerts.filter.range')}
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(v) => change({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
        />
      </Flex>
      {alerts.error && <Typography.Text type="danger">{errorText(alerts.error)}</Typography.Text>}
      <Table<Alert>
        rowKey="id"
        loading={alerts.isFetching}
        dataSource={alerts.data?.data ?? []}
        scroll={wide ? { x: 920 } : undefined}
        locale={{ emptyText: t('alerts.empty') }}
        onRow={(a) => ({ onDoubleClick: () => onOpen(a.id) })}
        pagination={{
          current: page,
          pageSize,
          total: alerts.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common:pager.total', { total: n }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={wide ? alertColumns(t, onOpen) : narrowAlertColumns(t, onOpen)}
      />
    </Card>
  );
}
