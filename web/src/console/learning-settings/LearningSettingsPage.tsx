// 积分与学时设置: an organisation's point rules (points each time, daily cap, on/off), the personal
// rankings switch and the annual study-hour targets, for its whole subtree. It says where the
// settings in force come from (this org, an org above, or the defaults) before anyone changes them.
import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Space, Switch, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { type LearningSettingsView, type SettingsBody, useLearningSettings, useSaveLearningSettings } from './api.ts';
import './strings.ts';

type FormValues = SettingsBody;

const toForm = (s: LearningSettingsView): FormValues => ({
  pointRules: s.pointRules.map(({ action, points, dailyCap, isEnabled }) => ({ action, points, dailyCap, isEnabled })),
  rankingsEnabled: s.rankingsEnabled,
  memberHoursTarget: s.memberHoursTarget,
  leaderHoursTarget: s.leaderHoursTarget,
});

function Origin({ s }: { s: LearningSettingsView }) {
  const { t } = useTranslation('learningSettings');
  if (s.isOwn) return <Alert type="success" showIcon message={t('own')} />;
  if (s.fromOrg) return <Alert type="info" showIcon message={t('inherited', { org: s.fromOrg.name })} />;
  return <Alert type="info" showIcon message={t('defaults')} />;
}

function SettingsForm({ orgId, s }: { orgId: number; s: LearningSettingsView }) {
  const { t, i18n } = useTranslation('learningSettings');
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveLearningSettings(orgId);
  useEffect(() => form.setFieldsValue(toForm(s)), [form, s]);

  const onFinish = async (values: FormValues) => {
    try {
      await save.mutateAsync(values);
      message.success(t('saved'));
    } catch (e) {
      // Field paths such as pointRules.1.dailyCap: list positions are numbers in antd's name paths.
      const fields = e instanceof ApiError ? e.fields : [];
      if (fields.length) {
        form.setFields(
          fields.map((f) => ({
            name: f.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never,
            errors: [f.message],
          })),
        );
      } else message.error(errorText(e));
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={toForm(s)} onFinish={onFinish}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Origin s={s} />
        <Card title={t('rules')} size="small">
          <Form.List name="pointRules">
            {(fields) => (
              <Table
                size="small"
                pagination={false}
                // A narrow window scrolls the table sideways rather than squeezing the rule names.
                scroll={{ x: 620 }}
                rowKey="key"
                dataSource={fields}
                columns={[
                  {
                    title: t('rule'),
                    key: 'rule',
                    width: 220,
                    render: (_, f) => {
                      const rule = s.pointRules[f.name];
                      return (
                        <div>
                          <Typography.Text strong>{rule?.label}</Typography.Text>
                          <br />
                          <Typography.Text type="secondary">{rule?.unit}</Typography.Text>
                        </div>
                      );
                    },
                  },
                  {
                    title: t('points'),
                    key: 'points',
                    width: 140,
                    render: (_, f) => (
                      <Form.Item
                        name={[f.name, 'points']}
                        noStyle={false}
                        style={{ margin: 0 }}
                        rules={[{ required: true }]}
                      >
                        <InputNumber
                          min={0}
                          max={100}
                          precision={0}
                          aria-label={`${s.pointRules[f.name]?.label} ${t('points')}`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('cap'),
                    key: 'cap',
                    width: 160,
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'dailyCap']} style={{ margin: 0 }} normalize={(v) => v ?? null}>
                        <InputNumber
                          min={1}
                          max={1000}
                          precision={0}
                          placeholder={t('noCap')}
                          aria-label={`${s.pointRules[f.name]?.label} ${t('cap')}`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('enabled'),
                    key: 'enabled',
                    width: 90,
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'isEnabled']} valuePropName="checked" style={{ margin: 0 }}>
                        <Switch aria-label={`${s.pointRules[f.name]?.label} ${t('enabled')}`} />
                      </Form.Item>
                    ),
                  },
                ]}
              />
            )}
          </Form.List>
        </Card>
        <Card title={t('rankings')} size="small">
          <Form.Item name="rankingsEnabled" label={t('rankingsOn')} valuePropName="checked" extra={t('rankingsHint')}>
            <Switch />
          </Form.Item>
        </Card>
        <Card title={t('targets')} size="small">
          <Space wrap size="large">
            <Form.Item name="memberHoursTarget" label={t('memberTarget')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} step={0.5} addonAfter={t('hoursUnit')} />
            </Form.Item>
            <Form.Item name="leaderHoursTarget" label={t('leaderTarget')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} step={0.5} addonAfter={t('hoursUnit')} />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('targetHint')}
          </Typography.Paragraph>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('save')}
          </Button>
          {s.isOwn && s.updatedAt && (
            <Typography.Text type="secondary">
              {t('updatedAt', { at: new Date(s.updatedAt).toLocaleString(i18n.language === 'en' ? 'en' : 'zh-CN') })}
            </Typography.Text>
          )}
        </Space>
      </Space>
    </Form>
  );
}

export function LearningSettingsPage() {
  const { t } = useTranslation('learningSettings');
  const { scope } = useScope();
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('org'));
  const orgId = Number.isInteger(chosen) && chosen > 0 ? chosen : (scope?.orgId ?? null);
  const settings = useLearningSettings(orgId);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      </div>
      <Space wrap>
        <Typography.Text>{t('org')}</Typography.Text>
        <OrgTreeSelect
          value={orgId}
          valueLabel={orgId === scope?.orgId ? scope?.orgName : undefined}
          allowClear={false}
          aria-label={t('org')}
          style={{ minWidth: 320 }}
          onChange={(id) => id && setParams({ org: String(id) }, { replace: true })}
        />
      </Space>
      {orgId === null && <Alert type="info" message={t('pickOrg')} />}
      {settings.isPending && orgId !== null && <Skeleton active />}
      {settings.error && <Alert type="error" showIcon message={errorText(settings.error)} />}
      {settings.data && orgId !== null && <SettingsForm key={orgId} orgId={orgId} s={settings.data} />}
    </Space>
  );
}

export { LearningSettingsPage as Component };
