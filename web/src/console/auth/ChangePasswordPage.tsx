// Change password: forced after an initial or reset password (the session can do nothing else until
// then), or by choice from the user menu.
import { PasswordLimits } from '@hongyun/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { call, http } from '../../api/client.ts';
import { ME_KEY, useMe } from '../../api/session.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { safeNext } from '../../shared/sign-in.ts';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (isPending) return null;
  if (!me) return <Navigate to="/login" replace />;
  const isForced = me.stage === 'password_change';

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await call(http.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
      await client.invalidateQueries({ queryKey: ME_KEY });
      message.success(t('password.done'));
      navigate(safeNext(params.get('next'), '/'), { replace: true });
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="hy-login">
      <Card className="hy-login-card" variant="borderless">
        <Typography.Title level={3}>{isForced ? t('password.forcedTitle') : t('password.title')}</Typography.Title>
        {isForced && <Alert type="warning" showIcon title={t('password.forcedHint')} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.next')}
            extra={t('password.rule', { min: PasswordLimits.min })}
            rules={[
              {
                required: true,
                min: PasswordLimits.min,
                max: PasswordLimits.max,
                message: t('password.rule', { min: PasswordLimits.min }),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.mismatch') },
              ({ getFieldValue }) => ({
                validator: async (_, v) =>
                  v === getFieldValue('newPassword') ? undefined : Promise.reject(t('password.mismatch')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('password.submit')}
          </Button>
          {!isForced && (
            <Button type="link" block onClick={() => navigate(-1)} style={{ marginTop: 8 }}>
              {t('action.back')}
            </Button>
          )}
        </Form>
      </Card>
    </main>
  );
}

export { ChangePasswordPage as Component };
