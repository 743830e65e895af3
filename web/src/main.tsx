// Entry: i18n, the query cache and the router. No UI library here: the console (antd) and the phone
// app (antd-mobile) each load their own with their first route.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError, onSignedOut } from './api/client.ts';
import { ME_KEY } from './api/session.ts';
import { i18n } from './i18n/index.ts';
import { router } from './router.tsx';
import './shared/global.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Refusals are answers, not glitches: retry only the network and the server's own failures.
      retry: (count, error) => count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
    },
  },
});

const subscribeLang = (notify: () => void) => {
  i18n.on('languageChanged', notify);
  return () => i18n.off('languageChanged', notify);
};

function Root() {
  const lang = useSyncExternalStore(subscribeLang, () => i18n.language);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(
    () =>
      // The session ended on the server (timeout, disabled, signed out elsewhere): back to sign-in.
      onSignedOut((code) => {
        queryClient.setQueryData(ME_KEY, null);
        const { pathname, search } = window.location;
        if (/^\/(m\/)?login/.test(pathname)) return;
        const login = pathname.startsWith('/m') ? '/m/login' : '/login';
        const reason = code === 'SESSION_EXPIRED' ? '&expired=1' : '';
        void router.navigate(`${login}?next=${encodeURIComponent(pathname + search)}${reason}`, { replace: true });
      }),
    [],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
