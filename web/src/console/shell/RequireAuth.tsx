// Gate for signed-in screens (console and phone): waits for /api/me, sends the signed-out to sign-in
// (remembering where they were going) and a half-signed-in session to the step it still owes.
// It uses no UI library, so the phone app can use it without pulling antd in; callers pass their own
// loading and error views.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';

type Props = {
  children: ReactNode;
  /** The sign-in page of this app: /login (console) or /m/login (phone). */
  loginPath?: string;
  loading?: ReactNode;
  renderError?: (message: string, retry: () => void) => ReactNode;
};

export function RequireAuth({ children, loginPath = '/login', loading, renderError }: Props) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) return <>{loading ?? <p style={{ padding: 24 }}>{t('state.loading')}</p>}</>;
  if (error) {
    const retry = () => void refetch();
    return (
      <>
        {renderError?.(errorText(error), retry) ?? (
          <p role="alert" style={{ padding: 24 }}>
            {errorText(error)}{' '}
            <button type="button" onClick={retry}>
              {t('state.retry')}
            </button>
          </p>
        )}
      </>
    );
  }
  const next = encodeURIComponent(location.pathname + location.search);
  if (!me) return <Navigate to={`${loginPath}?next=${next}`} replace />;
  if (me.stage === 'password_change') {
    return <Navigate to={`${loginPath.replace(/login$/, 'change-password')}?next=${next}`} replace />;
  }
  if (me.stage !== 'active') return <Navigate to={`${loginPath}?next=${next}`} replace />;
  return <>{children}</>;
}
