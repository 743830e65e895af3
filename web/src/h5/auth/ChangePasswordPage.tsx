// Change password on the phone: forced after an initial or reset password (the session can do
// nothing else until then), or by choice from home or 我的.
import { PasswordLimits } from '@hongyun/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, NoticeBar, Toast } from 'antd-mobile';
import { LeftOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError, call, http } from '../../api/client.ts';
import { ME_KEY, useMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { safeNext } from '../../shared/sign-in.ts';
import { PageLoading } from '../shell/states.tsx';
import { PasswordInput } from './PasswordInput.tsx';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (isPending) return <PageLoading />;
  if (!me) return <Navigate to={`/m/login?next=${encodeURIComponent('/m/change-password')}`} replace />;
  const isForced = me.stage === 'password_change';
  const next = safeNext(params.get('next'), '/m');
  // Opened directly (a bookmark, a shared link) there is no page of ours to go back to.
  const goBack = () => (location.key === 'default' ? navigate('/m/profile') : navigate(-1));

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await call(http.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
      await client.invalidateQueries({ queryKey: ME_KEY });
      Toast.show({ icon: 'success', content: t('password.done') });
      navigate(next, { replace: true });
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields.filter((f) => f.field in form.getFieldsValue(true)) : [];
      if (fields.length) form.setFields(fields.map((f) => ({ name: f.field, errors: [f.message] })));
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className={isForced ? 'hy-m-login' : 'hy-m-plain'}>
      {!isForced && (
        <header className="hy-m-navbar">
          <button type="button" className="hy-m-back" aria-label={t('action.back')} onClick={goBack}>
            <LeftOutline aria-hidden />
          </button>
          <h1 className="hy-m-navbar-title">{t('password.title')}</h1>
        </header>
      )}
      {isForced && (
        <div className="hy-m-login-top">
          <span className="hy-brand-mark hy-brand-mark-lg" aria-hidden>
            红
          </span>
          <p className="hy-m-login-sub">{t('app.fullName')}</p>
        </div>
      )}
      <div className={isForced ? 'hy-m-login-card' : 'hy-m-page'}>
        {isForced && <h1 className="hy-m-section-title">{t('password.forcedTitle')}</h1>}
        {isForced && <NoticeBar color="alert" wrap content={t('password.forcedHint')} />}
        {error && (
          <div role="alert">
            <NoticeBar color="error" wrap content={error} />
          </div>
        )}
        <Form
          form={form}
          name="m-password"
          layout="vertical"
          requiredMarkStyle="none"
          mode={isForced ? 'default' : 'card'}
          onFinish={(v: Values) => void submit(v)}
          footer={
            <Button block type="submit" color="primary" size="large" loading={busy}>
              {t('password.submit')}
            </Button>
          }
        >
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <PasswordInput autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.next')}
            description={t('password.rule', { min: PasswordLimits.min })}
            rules={[
              {
                required: true,
                min: PasswordLimits.min,
                max: PasswordLimits.max,
                message: t('password.rule', { min: PasswordLimits.min }),
              },
            ]}
          >
            <PasswordInput autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.mismatch') },
              ({ getFieldValue }) => ({
                validator: async (_, v) =>
                  v === getFieldValue('newPassword') ? undefined : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <PasswordInput autoComplete="new-password" />
          </Form.Item>
        </Form>
      </div>
    </main>
  );
}

export { ChangePasswordPage as Component };
