// Reset password: the administrator sets (or generates) a new initial password; the account's
// sessions end and the holder must change it at next sign-in. The password is shown once afterwards.
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { type Account, useAccountAction } from './api.ts';
import { InitialPasswordField, PasswordShownOnce, weakPasswordText } from './InitialPassword.tsx';
import './strings.ts';

export function ResetPasswordModal(props: { account: Account; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ initialPassword: string }>();
  const action = useAccountAction();
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const { initialPassword } = await form.validateFields();
    setError(null);
    try {
      await action.mutateAsync({ id: props.account.id, action: 'reset-password', initialPassword });
      message.success(t('done.resetPassword'));
      props.onClose();
      setShown(initialPassword);
    } catch (e) {
      const weak = weakPasswordText(e, t);
      if (weak) form.setFields([{ name: 'initialPassword', errors: [weak] }]);
      else if (!showFieldErrors(form, e)) setError(errorText(e));
    }
  };

  return (
    <>
      <Modal
        open={props.open}
        title={t('password.resetTitle', { name: props.account.displayName })}
        okText={t('action.resetPassword')}
        okButtonProps={{ danger: true }}
        confirmLoading={action.isPending}
        onOk={() => void submit().catch(() => {})}
        onCancel={props.onClose}
        destroyOnHidden
        afterClose={() => {
          form.resetFields();
          setError(null);
        }}
      >
        <Typography.Paragraph type="secondary">{t('password.resetIntro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" preserve={false}>
          <InitialPasswordField form={form} />
        </Form>
      </Modal>
      <PasswordShownOnce name={props.account.displayName} password={shown} onClose={() => setShown(null)} />
    </>
  );
}
