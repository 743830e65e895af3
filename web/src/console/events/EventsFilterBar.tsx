// Who and when: an organisation (default: the console scope) or one person, a type and a date range.
import { DatePicker, Form, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { EventTypeLabels } from './event-types.ts';
import { PersonSearchSelect } from './PersonSearchSelect.tsx';
import type { EventFilters } from './useEvents.ts';
import './strings.ts';

type Props = {
  filters: EventFilters;
  orgLabel?: string;
  onChange: (patch: Partial<EventFilters>) => void;
};

export function EventsFilterBar({ filters, orgLabel, onChange }: Props) {
  const { t } = useTranslation('events');
  return (
    <Form layout="inline" style={{ rowGap: 12 }}>
      <Form.Item label={t('filter.by')}>
        <Radio.Group
          optionType="button"
          value={filters.by}
          onChange={(e) => onChange({ by: e.target.value })}
          options={[
            { value: 'org', label: t('filter.byOrg') },
            { value: 'person', label: t('filter.byPerson') },
          ]}
        />
      </Form.Item>
      {filters.by === 'org' ? (
        <Form.Item label={t('filter.org')} htmlFor="events-org">
          <OrgTreeSelect
            id="events-org"
            value={filters.orgId}
            valueLabel={orgLabel}
            allowClear={false}
            style={{ width: 280 }}
            onChange={(orgId) => onChange({ orgId: orgId ?? undefined })}
          />
        </Form.Item>
      ) : (
        <Form.Item label={t('filter.person')} htmlFor="events-person">
          <PersonSearchSelect
            id="events-person"
            value={filters.personId}
            valueLabel={filters.personName}
            onChange={(personId, personName) => onChange({ personId, personName })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('filter.type')} htmlFor="events-type">
        <Select
          id="events-type"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('filter.typeAll')}
          style={{ width: 200 }}
          value={filters.type}
          onChange={(type?: string) => onChange({ type })}
          options={Object.entries(EventTypeLabels).map(([value, l]) => ({ value, label: pick(l) }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('filter.time')} htmlFor="events-time">
        <DatePicker.RangePicker
          id={{ start: 'events-time' }}
          allowClear={false}
          value={[dayjs(filters.fromDay), dayjs(filters.toDay)]}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(v) => {
            if (v?.[0] && v[1]) onChange({ fromDay: v[0].format('YYYY-MM-DD'), toDay: v[1].format('YYYY-MM-DD') });
          }}
        />
      </Form.Item>
    </Form>
  );
}
