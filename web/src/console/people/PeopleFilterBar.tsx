// The people list's filter bar: org subtree, name / ID / phone search, status, cadre rank, flags.
// Every control writes straight into the address bar through usePeopleFilters.
import { Button, Card, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { useOrgName } from './api.ts';
import { cadreRankOptions, fivePersonRoleOptions, genderOptions, partyStatusOptions } from './PersonTags.tsx';
import type { usePeopleFilters } from './usePeopleFilters.ts';

type Props = { state: ReturnType<typeof usePeopleFilters> };

export function PeopleFilterBar({ state }: Props) {
  const { t } = useTranslation('people');
  const { scope } = useScope();
  const { filters, explicitOrgId, setFilters, clearFilters, hasFilters } = state;
  const [q, setQ] = useState(filters.q ?? '');
  // Back/forward and "clear" change q in the address bar: the box follows.
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const isOtherOrg = explicitOrgId !== undefined && explicitOrgId !== scope?.orgId;
  const orgName = useOrgName(explicitOrgId, isOtherOrg).data;

  const yesNo = [
    { value: 'true', label: t('filter.yes') },
    { value: 'false', label: t('filter.no') },
  ];
  const select = (
    key: 'partyStatus' | 'cadreRank' | 'fivePersonRole' | 'gender' | 'isFirstSecretary' | 'isVillageStationed',
  ) => ({
    id: `people-filter-${key}`,
    value: filters[key],
    onChange: (v: string | undefined) => setFilters({ [key]: v }),
    allowClear: true,
    placeholder: t('filter.any'),
    style: { width: key === 'fivePersonRole' || key === 'cadreRank' ? 150 : 110 },
  });

  return (
    <Card size="small" style={{ marginBottom: 16 }} role="search" aria-label={t('filter.label')}>
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label={t('filter.org')} htmlFor="people-filter-org">
          <OrgTreeSelect
            id="people-filter-org"
            value={filters.orgId}
            valueLabel={isOtherOrg ? orgName : scope?.orgName}
            allowClear={false}
            onChange={(orgId) => setFilters({ orgId: orgId ?? undefined })}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Form.Item label={t('filter.q')} htmlFor="people-filter-q">
          <Input.Search
            id="people-filter-q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilters({ q: v.trim() || undefined })}
            allowClear
            placeholder={t('filter.qPlaceholder')}
            title={t('filter.qHint')}
            style={{ width: 260 }}
            enterButton
          />
        </Form.Item>
        <Form.Item label={t('field.partyStatus')} htmlFor="people-filter-partyStatus">
          <Select {...select('partyStatus')} options={partyStatusOptions()} />
        </Form.Item>
        <Form.Item label={t('field.cadreRank')} htmlFor="people-filter-cadreRank">
          <Select {...select('cadreRank')} options={cadreRankOptions()} />
        </Form.Item>
        <Form.Item label={t('field.isFirstSecretary')} htmlFor="people-filter-isFirstSecretary">
          <Select {...select('isFirstSecretary')} options={yesNo} />
        </Form.Item>
        <Form.Item label={t('field.isVillageStationed')} htmlFor="people-filter-isVillageStationed">
          <Select {...select('isVillageStationed')} options={yesNo} />
        </Form.Item>
        <Form.Item label={t('field.fivePersonRole')} htmlFor="people-filter-fivePersonRole">
          <Select {...select('fivePersonRole')} options={fivePersonRoleOptions()} />
        </Form.Item>
        <Form.Item label={t('field.gender')} htmlFor="people-filter-gender">
          <Select {...select('gender')} options={genderOptions()} />
        </Form.Item>
        {hasFilters && (
          <Form.Item>
            <Button onClick={clearFilters}>{t('filter.reset')}</Button>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}
