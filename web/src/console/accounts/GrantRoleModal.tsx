// 授予角色: a role at an organisation (and its subtree) for this account. The server decides what the
// viewer may grant; refusals such as 等保 separation of duties (ROLE_COMBINATION_FORBIDDEN) show as
// the server words them.
import { type Role, RoleLabels, Roles } from '@hongyun/contracts';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { type Account, useGrantRole } from './api.ts';
import './strings.ts';

type Values = { role: Role; orgId: number };

export function GrantRoleModal(props: { account: Account; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const { scope } = useScope();
  const [form] = Form.useForm<Values>();
  const grant = useGrantRole();
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      await grant.mutateAsync({ accountId: props.account.id, ...values });
      message.success(t('grants.granted'));
      props.onClose();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorText(e));
    }
  };

  return (
    <Modal
      open={props.open}
      title={`${t('grants.addTitle')} · ${props.account.displayName}`}
      okText={t('grants.add')}
      confirmLoading={grant.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={props.onClose}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ orgId: scope?.orgId }}
        onValuesChange={() => setError(null)}
      >
        <Form.Item name="role" label={t('grants.role')} rules={[{ required: true, message: t('grants.roleRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('grants.rolePlaceholder')}
            options={Roles.map((r) => ({ value: r, label: pick(RoleLabels[r]) }))}
          />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('grants.org')}
          extra={t('grants.scopeHint')}
          rules={[{ required: true, message: t('grants.orgRequired') }]}
        >
          <OrgTreeSelect valueLabel={scope?.orgName} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {t('grants.separation')}
      </Typography.Paragraph>
    </Modal>
  );
}
