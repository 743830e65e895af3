// Filters the audit API understands: action (prefix), outcome, actor (picked from the table),
// target ID and a time range. There is no organisation filter: the server scopes rows itself.
import { Button, DatePicker, Form, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { AuditActionGroups, AuditActionLabels } from './action-labels.ts';
import type { AuditFilters } from './useAuditList.ts';
import './strings.ts';

type Props = { filters: AuditFilters; onChange: (patch: Partial<AuditFilters>) => void };

export function AuditFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation('audit');
  const actionOptions = [
    {
      label: t('filter.groups'),
      options: Object.entries(AuditActionGroups).map(([value, l]) => ({ value, label: `${pick(l)}（${value}*）` })),
    },
    {
      label: t('filter.actions'),
      options: Object.entries(AuditActionLabels).map(([value, l]) => ({ value, label: `${pick(l)}（${value}）` })),
    },
  ];
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to).subtract(1, 'day')] : null;

  return (
    <Form layout="inline" style={{ rowGap: 12 }} aria-label={t('title')}>
      <Form.Item label={t('filter.action')} htmlFor="audit-action">
        <Select
          id="audit-action"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('filter.actionAll')}
          style={{ width: 260 }}
          value={filters.action}
          onChange={(action?: string) => onChange({ action })}
          options={actionOptions}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('filter.outcome')} htmlFor="audit-outcome">
        <Select
          id="audit-outcome"
          allowClear
          style={{ width: 110 }}
          value={filters.outcome}
          onChange={(outcome?: AuditFilters['outcome']) => onChange({ outcome })}
          options={[
            { value: 'success', label: t('outcome.success') },
            { value: 'failure', label: t('outcome.failure') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('filter.time')} htmlFor="audit-time">
        <DatePicker.RangePicker
          id={{ start: 'audit-time' }}
          value={range}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(v) =>
            onChange({
              from: v?.[0]?.startOf('day').toISOString(),
              // The API's `to` is exclusive: the day after the last chosen day.
              to: v?.[1]?.startOf('day').add(1, 'day').toISOString(),
            })
          }
        />
      </Form.Item>
      <Form.Item label={t('filter.target')} htmlFor="audit-target">
        <Input.Search
          id="audit-target"
          allowClear
          defaultValue={filters.targetId}
          key={filters.targetId ?? ''}
          placeholder={t('filter.targetPlaceholder')}
          style={{ width: 260 }}
          onSearch={(v) => onChange({ targetId: v.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item label={t('filter.actor')} tooltip={t('filter.actorHint')}>
        {filters.actorAccountId ? (
          <Tag closable onClose={() => onChange({ actorAccountId: undefined, actorName: undefined })} color="red">
            {filters.actorName ?? filters.actorAccountId}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('filter.anyActor')}</Typography.Text>
        )}
      </Form.Item>
      <Space>
        <Button
          onClick={() =>
            onChange({
              action: undefined,
              outcome: undefined,
              actorAccountId: undefined,
              actorName: undefined,
              targetId: undefined,
              from: undefined,
              to: undefined,
            })
          }
        >
          {t('common:action.reset')}
        </Button>
      </Space>
    </Form>
  );
}
