// 新建代办授权: which member is acted for, by which account (found by phone), their relation, the
// modules the delegate may act in and an optional end date. The server checks who may set it up.
import { DelegationLimits, ModuleLabels, type ModuleName, Modules } from '@hongyun/contracts';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { useCreateDelegation } from './api.ts';
import { DelegateLookup } from './DelegateLookup.tsx';
import { PersonSearchSelect } from './PersonSearchSelect.tsx';
import './strings.ts';

type Values = {
  principalPersonId: string;
  delegateAccountId: string;
  relation: string;
  scopes: ModuleName[];
  expiresAt?: Dayjs | null;
};

export function CreateDelegationModal(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateDelegation();
  const principalPersonId = Form.useWatch('principalPersonId', form);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const { expiresAt, ...values } = await form.validateFields();
    setError(null);
    try {
      // The end date means "through that day" in the viewer's time zone.
      await create.mutateAsync({ ...values, expiresAt: expiresAt ? expiresAt.endOf('day').toISOString() : undefined });
      message.success(t('delegations.form.created'));
      props.onClose();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorText(e));
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('delegations.form.title')}
      okText={t('delegations.create')}
      confirmLoading={create.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={props.onClose}
      destroyOnHidden
      afterClose={() => setError(null)}
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('delegations.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ scopes: ['learning'] }}
        // A delegate found for one member is not found for another: look again.
        onValuesChange={(changed) => {
          if ('principalPersonId' in changed) form.setFieldValue('delegateAccountId', undefined);
        }}
      >
        <Form.Item
          name="principalPersonId"
          label={t('delegations.form.principal')}
          rules={[{ required: true, message: t('delegations.form.principalRequired') }]}
        >
          <PersonSearchSelect
            placeholder={t('delegations.form.principalPlaceholder')}
            notFound={t('delegations.form.noPerson')}
          />
        </Form.Item>
        <Form.Item
          name="delegateAccountId"
          label={t('delegations.form.delegatePhone')}
          extra={t('delegations.form.delegatePhoneHint')}
          rules={[{ required: true, message: t('delegations.form.delegateRequired') }]}
        >
          <DelegateLookup key={principalPersonId ?? 'none'} principalPersonId={principalPersonId} />
        </Form.Item>
        <Form.Item
          name="relation"
          label={t('delegations.form.relation')}
          rules={[{ required: true, whitespace: true, message: t('delegations.form.relationRequired') }]}
        >
          <Input maxLength={DelegationLimits.relationMax} placeholder={t('delegations.form.relationPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('delegations.form.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('delegations.form.scopesRequired') }]}
        >
          <Checkbox.Group options={Modules.map((m) => ({ value: m, label: pick(ModuleLabels[m]) }))} />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('delegations.form.expiresAt')} extra={t('delegations.form.expiresHint')}>
          <DatePicker
            style={{ width: 200 }}
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            placeholder={t('delegations.form.expiresAt')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
