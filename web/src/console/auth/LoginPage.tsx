// Console sign-in: phone + password (+ one-time code when the account has one), with the server's
// lockout and timeout messages, then on to the page the user was going to.
import { LockOutlined, MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { parseMobilePhone, TotpLimits } from '@hongyun/contracts';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSwitchLang } from '../../api/session.ts';
import { safeNext, useSignIn } from '../../shared/sign-in.ts';

type Values = { phone: string; password: string; totp?: string };

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const switchLang = useSwitchLang();
  const [form] = Form.useForm<Values>();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'), '/');
  const notice = params.get('signedOut') ? t('login.signedOut') : params.get('expired') ? t('login.expired') : null;

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    const outcome = await signIn(values);
    setBusy(false);
    if (outcome.step === 'done') navigate(next, { replace: true });
    else if (outcome.step === 'password_change')
      navigate(`/change-password?next=${encodeURIComponent(next)}`, { replace: true });
    else if (outcome.step === 'totp') setNeedsTotp(true);
    else setError(outcome.message);
  };

  return (
    <main className="hy-login">
      <Card className="hy-login-card" variant="borderless">
        <div className="hy-login-head">
          <span className="hy-brand-mark hy-brand-mark-lg" aria-hidden>
            红
          </span>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.name')} · {t('login.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
        </div>
        {notice && !error && <Alert type="info" title={notice} showIcon style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} size="large">
          <Form.Item
            name="phone"
            label={t('login.phone')}
            rules={[
              { required: true, message: t('login.phoneRequired') },
              {
                validator: async (_, v) =>
                  !v || parseMobilePhone(v) ? undefined : Promise.reject(t('login.phoneInvalid')),
              },
            ]}
          >
            <Input
              prefix={<MobileOutlined />}
              placeholder={t('login.phonePlaceholder')}
              autoComplete="username"
              inputMode="tel"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('login.passwordPlaceholder')}
              autoComplete="current-password"
            />
          </Form.Item>
          {needsTotp && (
            <Form.Item
              name="totp"
              label={t('login.totp')}
              rules={[{ required: true, pattern: TotpLimits.pattern, message: t('login.totpPlaceholder') }]}
            >
              <Input
                prefix={<SafetyOutlined />}
                placeholder={t('login.totpPlaceholder')}
                inputMode="numeric"
                autoComplete="one-time-code"
                autoFocus
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        <div className="hy-login-foot">
          <Typography.Text type="secondary">{t('app.console')}</Typography.Text>
          <Segmented
            size="small"
            aria-label={t('shell.language')}
            value={i18n.language === 'en' ? 'en' : 'zh-CN'}
            onChange={(v) => void switchLang(v as 'zh-CN' | 'en')}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </div>
      </Card>
    </main>
  );
}

export { LoginPage as Component };
