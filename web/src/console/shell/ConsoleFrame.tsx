// The signed-in console: the auth gate, the scope and the layout around every console page.
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConsoleLayout } from './ConsoleLayout.tsx';
import { RequireAuth } from './RequireAuth.tsx';
import { SignedInScope } from './SignedInScope.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequireAuth
      loading={<Spin fullscreen description={t('state.loading')} />}
      renderError={(message, retry) => (
        <Result
          status="error"
          title={t('state.error')}
          subTitle={message}
          extra={<Button onClick={retry}>{t('state.retry')}</Button>}
        />
      )}
    >
      <SignedInScope>
        <ConsoleLayout />
      </SignedInScope>
    </RequireAuth>
  );
}
