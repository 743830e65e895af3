// The rule editor, in a drawer beside the list: name, organisation, metric, who is watched, when it
// fires, whom it tells and how severe it is. The server checks everything again; its field problems
// are shown on the fields (rule-form.ts maps them), anything else as a message.
import { Severities, SupervisionLimits } from '@hongyun/contracts';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Divider, Drawer, Flex, Form, Grid, Input, Radio, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { type Rule, useMetrics, useRuleActions } from '../../shared/supervision/api.ts';
import { severityText } from '../../shared/supervision/labels.ts';
import { useScope } from '../shell/scope.tsx';
import { ConditionFields, PopulationFields, RecipientFields } from './RuleFields.tsx';
import { defaultValues, fieldErrorsOf, type RuleFormValues, ruleToValues, valuesToInput } from './rule-form.ts';
import './strings.ts';

/** The rule's organisation's path, for offering only it and the organisations above as its office. */
function useOrgPath(orgId: number | undefined) {
  return useQuery({
    queryKey: ['supervision', 'org-path', orgId],
    enabled: !!orgId,
    queryFn: () => call(http.GET('/api/orgs/{id}', { params: { path: { id: orgId ?? 0 } } })).then((r) => r.data.path),
    staleTime: 5 * 60_000,
  }).data;
}

export function RuleEditor({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  const { t } = useTranslation('supervisionAdmin');
  const { message } = App.useApp();
  const { scope } = useScope();
  const wide = Grid.useBreakpoint().md !== false;
  const [form] = Form.useForm<RuleFormValues>();
  const metrics = useMetrics();
  const actions = useRuleActions();
  const orgId = Form.useWatch('orgId', form) as number | undefined;
  const rulePath = useOrgPath(orgId);
  const saving = actions.create.isPending || actions.update.isPending;

  const submit = async (v: RuleFormValues) => {
    const body = valuesToInput(v);
    try {
      if (rule) await actions.update.mutateAsync({ id: rule.id, body });
      else await actions.create.mutateAsync(body);
      message.success(t('editor.saved'));
      onClose();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      else message.error(errorText(e));
    }
  };

  return (
    <Drawer
      open
      size={wide ? 640 : '100%'}
      title={rule ? t('editor.editTitle') : t('editor.createTitle')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()}>
          {t('editor.save')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={rule ? ruleToValues(rule) : defaultValues(scope?.orgId)}
        onFinish={submit}
        scrollToFirstError
      >
        <Form.Item name="name" label={t('editor.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={SupervisionLimits.nameMax} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('editor.description')}>
          <Input.TextArea rows={2} maxLength={SupervisionLimits.descriptionMax} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('editor.org')}
          extra={t('editor.orgHelp')}
          rules={[{ required: true }]}
          htmlFor="rule-org"
        >
          <OrgTreeSelect
            id="rule-org"
            aria-label={t('editor.org')}
            allowClear={false}
            valueLabel={rule?.orgName ?? scope?.orgName}
          />
        </Form.Item>
        <Flex gap={24} wrap>
          <Form.Item name="severity" label={t('editor.severity')}>
            <Radio.Group optionType="button" options={Severities.map((s) => ({ value: s, label: severityText(s) }))} />
          </Form.Item>
          <Form.Item name="isEnabled" label={t('editor.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Form.Item name="metric" label={t('editor.metric')} extra={t('editor.metricHelp')} rules={[{ required: true }]}>
          <Select
            loading={metrics.isPending}
            options={(metrics.data ?? []).map((m) => ({
              value: m.key,
              label: m.label,
              title: m.description,
            }))}
            optionRender={(o) => {
              const m = metrics.data?.find((x) => x.key === o.value);
              return (
                <Flex vertical>
                  <span>{m?.label ?? String(o.label)}</span>
                  {m?.description && (
                    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                      {m.description}
                    </Typography.Text>
                  )}
                </Flex>
              );
            }}
          />
        </Form.Item>
        <Divider titlePlacement="start">{t('editor.population')}</Divider>
        <PopulationFields />
        <Divider titlePlacement="start">{t('editor.condition')}</Divider>
        <ConditionFields />
        <Divider titlePlacement="start">{t('editor.recipients')}</Divider>
        <RecipientFields rulePath={rulePath} officeName={rule?.recipients.officeOrgName ?? scope?.orgName} />
      </Form>
    </Drawer>
  );
}
