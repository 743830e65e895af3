// Phone sign-in: mobile number + password (+ one-time code when the account has one), big touch
// targets, the server's lockout and timeout messages (shared with the console via useSignIn), then
// on to the page the user was going to; a forced password change goes to /m/change-password.
import { PeopleLimits, parseMobilePhone, TotpLimits } from '@hongyun/contracts';
import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../api/session.ts';
import { safeNext, useSignIn } from '../../shared/sign-in.ts';
import { LangSwitch } from '../shell/LangSwitch.tsx';
import { PasswordInput } from './PasswordInput.tsx';

type Values = { phone: string; password: string; totp?: string };

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'), '/m');
  const notice = params.get('signedOut') ? t('login.signedOut') : params.get('expired') ? t('login.expired') : null;

  // Already signed in (a bookmark, the back button): straight on.
  if (me?.stage === 'active' && !busy) return <Navigate to={next} replace />;

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    const outcome = await signIn(values);
    setBusy(false);
    if (outcome.step === 'done') navigate(next, { replace: true });
    else if (outcome.step === 'password_change')
      navigate(`/m/change-password?next=${encodeURIComponent(next)}`, { replace: true });
    else if (outcome.step === 'totp') setNeedsTotp(true);
    else {
      setError(outcome.message);
      if (outcome.field) form.setFields([{ name: outcome.field, errors: [outcome.message] }]);
    }
  };

  return (
    <main className="hy-m-login">
      <div className="hy-m-login-top">
        <LangSwitch className="hy-m-login-lang" />
        <span className="hy-brand-mark hy-brand-mark-lg" aria-hidden>
          红
        </span>
        <h1 className="hy-m-login-title">{t('app.name')}</h1>
        <p className="hy-m-login-sub">{t('login.subtitle')}</p>
      </div>
      <div className="hy-m-login-card">
        <h2 className="hy-m-section-title">{t('h5:login.welcome')}</h2>
        <p className="hy-m-note">{t('h5:login.hint')}</p>
        {notice && !error && <NoticeBar color="info" wrap content={notice} />}
        {error && (
          <div role="alert">
            <NoticeBar color="error" wrap content={error} />
          </div>
        )}
        <Form
          form={form}
          name="m-login"
          layout="vertical"
          requiredMarkStyle="none"
          onFinish={(v: Values) => void submit(v)}
          footer={
            <Button block type="submit" color="primary" size="large" loading={busy}>
              {t('login.submit')}
            </Button>
          }
        >
          <Form.Item
            name="phone"
            label={t('login.phone')}
            rules={[
              { required: true, message: t('login.phoneRequired') },
              {
                validator: async (_, v) =>
                  !v || parseMobilePhone(v) ? undefined : Promise.reject(new Error(t('login.phoneInvalid'))),
              },
            ]}
          >
            <Input
              placeholder={t('login.phonePlaceholder')}
              autoComplete="username"
              inputMode="tel"
              clearable
              maxLength={PeopleLimits.phoneInputMax}
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <PasswordInput placeholder={t('login.passwordPlaceholder')} autoComplete="current-password" />
          </Form.Item>
          {needsTotp && (
            <Form.Item
              name="totp"
              label={t('login.totp')}
              rules={[{ required: true, pattern: TotpLimits.pattern, message: t('login.totpPlaceholder') }]}
            >
              <Input
                placeholder={t('login.totpPlaceholder')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={TotpLimits.digits}
                autoFocus
              />
            </Form.Item>
          )}
        </Form>
      </div>
    </main>
  );
}

export { LoginPage as Component };
