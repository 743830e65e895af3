// Gate for signed-in screens: waits for /api/me, sends the signed-out to sign-in (remembering where
// they were going) and a half-signed-in session to the step it still owes.
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';

export function RequireAuth({ children, loginPath = '/login' }: { children: ReactNode; loginPath?: string }) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) return <Spin fullscreen tip={t('state.loading')} />;
  if (error) {
    return (
      <Result
        status="error"
        title={t('state.error')}
        subTitle={errorText(error)}
        extra={<Button onClick={() => refetch()}>{t('state.retry')}</Button>}
      />
    );
  }
  const next = encodeURIComponent(location.pathname + location.search);
  if (!me) return <Navigate to={`${loginPath}?next=${next}`} replace />;
  if (me.stage === 'password_change')
    return <Navigate to={`${loginPath.replace(/login$/, 'change-password')}?next=${next}`} replace />;
  if (me.stage !== 'active') return <Navigate to={`${loginPath}?next=${next}`} replace />;
  return <>{children}</>;
}
