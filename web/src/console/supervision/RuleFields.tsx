// The rule editor's three groups of fields: who is watched (population), when the rule fires
// (the condition kind and its own fields) and whom it tells (recipients; the office is picked
// among the rule's organisation and those above it).
import { CadreRanks, FivePersonRoles, RulePeriods, SupervisionLimits } from '@hongyun/contracts';
import { Checkbox, Form, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { cadreRankText, fivePersonRoleText, periodText } from '../../shared/supervision/labels.ts';
import type { RuleFormValues } from './rule-form.ts';
import './strings.ts';

export function PopulationFields() {
  const { t } = useTranslation('supervisionAdmin');
  return (
    <>
      <Form.Item
        name={['population', 'minCadreRank']}
        label={t('editor.minCadreRank')}
        // null (anyone) is '' in the select, which takes no null option
        getValueProps={(v: string | null) => ({ value: v ?? '' })}
        normalize={(v: string) => v || null}
      >
        <Select
          options={[
            { value: '', label: t('editor.minCadreRankAny') },
            ...CadreRanks.map((r) => ({ value: r, label: t('editor.minCadreRankOption', { rank: cadreRankText(r) }) })),
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['population', 'fivePersonRoles']}
        label={t('editor.fivePersonRoles')}
        extra={t('editor.fivePersonRolesHelp')}
      >
        <Checkbox.Group options={FivePersonRoles.map((r) => ({ value: r, label: fivePersonRoleText(r) }))} />
      </Form.Item>
      <Space wrap size={[24, 0]}>
        <Form.Item name={['population', 'firstSecretaryOnly']} valuePropName="checked" noStyle>
          <Checkbox>{t('editor.firstSecretaryOnly')}</Checkbox>
        </Form.Item>
        <Form.Item name={['population', 'villageStationedOnly']} valuePropName="checked" noStyle>
          <Checkbox>{t('editor.villageStationedOnly')}</Checkbox>
        </Form.Item>
        <Form.Item name={['population', 'partyMembersOnly']} valuePropName="checked" noStyle>
          <Checkbox>{t('editor.partyMembersOnly')}</Checkbox>
        </Form.Item>
      </Space>
    </>
  );
}

const Max = SupervisionLimits;

export function ConditionFields() {
  const { t } = useTranslation('supervisionAdmin');
  const kind = Form.useWatch(['condition', 'kind']) as RuleFormValues['condition']['kind'] | undefined;
  const periodItem = (
    <Form.Item
      name={['condition', 'period']}
      label={t('editor.period')}
      extra={t('editor.periodHelp')}
      rules={[{ required: true }]}
    >
      <Radio.Group options={RulePeriods.map((p) => ({ value: p, label: periodText(p) }))} />
    </Form.Item>
  );
  return (
    <>
      <Form.Item name={['condition', 'kind']} label={t('editor.kind')}>
        <Radio.Group
          optionType="button"
          options={(['streak', 'rate_below', 'count_below'] as const).map((k) => ({
            value: k,
            label: t(`editor.kinds.${k}`),
          }))}
        />
      </Form.Item>
      {kind === 'streak' && (
        <Space wrap size={[24, 0]} align="start">
          <Form.Item
            name={['condition', 'days']}
            label={t('editor.streakDays')}
            extra={t('editor.streakDaysHelp')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={Max.streakDaysMax} suffix={t('editor.days')} />
          </Form.Item>
          <Form.Item
            name={['condition', 'remindAfter']}
            label={t('editor.remindAfter')}
            extra={t('editor.remindAfterHelp')}
          >
            <InputNumber min={1} max={Max.streakDaysMax} suffix={t('editor.days')} />
          </Form.Item>
        </Space>
      )}
      {kind === 'rate_below' && (
        <>
          <Form.Item name={['condition', 'ratePercent']} label={t('editor.rate')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} suffix="%" />
          </Form.Item>
          {periodItem}
        </>
      )}
      {kind === 'count_below' && (
        <>
          <Form.Item name={['condition', 'count']} label={t('editor.count')} rules={[{ required: true }]}>
            <InputNumber min={1} max={Max.countMax} suffix={t('editor.days')} />
          </Form.Item>
          {periodItem}
        </>
      )}
    </>
  );
}

/** Orgs on the path from the caller's roots down to the rule's organisation (paths are "/1/5/23/"). */
const isAboveOrSelf = (rulePath: string | undefined) => (node: { path?: string }) =>
  !!rulePath && !!node.path && !rulePath.startsWith(node.path);

export function RecipientFields({ rulePath, officeName }: { rulePath?: string; officeName?: string }) {
  const { t } = useTranslation('supervisionAdmin');
  return (
    <>
      <Form.Item name={['recipients', 'person']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('editor.recipientPerson')}</Checkbox>
      </Form.Item>
      <Form.Item name={['recipients', 'unitHead']} valuePropName="checked" style={{ marginBottom: 12 }}>
        <Checkbox>{t('editor.recipientUnitHead')}</Checkbox>
      </Form.Item>
      <Form.Item
        name={['recipients', 'officeOrgId']}
        label={t('editor.officeOrg')}
        extra={t('editor.officeOrgHelp')}
        htmlFor="rule-office-org"
      >
        <OrgTreeSelect
          id="rule-office-org"
          aria-label={t('editor.officeOrg')}
          valueLabel={officeName}
          isDisabledOrg={isAboveOrSelf(rulePath)}
        />
      </Form.Item>
    </>
  );
}
