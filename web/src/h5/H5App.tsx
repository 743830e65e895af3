// The phone H5 app at /m (antd-mobile): its own providers, sign-in pages and signed-in frame with the
// bottom tab bar. Mounted by router.tsx at /m/*, so the routes below are relative to /m.
import './strings.ts';
import './quiz/strings.ts';
import './shell/react19.ts';
import './h5.css';
import { Button, ConfigProvider, ErrorBlock } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { type ComponentType, lazy, Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../console/shell/RequireAuth.tsx';
import { HomePage } from './home/HomePage.tsx';
import { enterPhoneApp, leavePhoneApp } from './shell/font-scale.ts';
import { H5Layout } from './shell/H5Layout.tsx';
import { NotFound } from './shell/NotFound.tsx';
import { PageLoading } from './shell/states.tsx';

// Pages other than home load on first visit: less to download on a weak signal before home shows.
const page = (load: () => Promise<{ Component: ComponentType }>) =>
  lazy(() => load().then((m) => ({ default: m.Component })));
const LoginPage = page(() => import('./auth/LoginPage.tsx'));
const ChangePasswordPage = page(() => import('./auth/ChangePasswordPage.tsx'));
const MyOrgPage = page(() => import('./org/MyOrgPage.tsx'));
const ProfilePage = page(() => import('./profile/ProfilePage.tsx'));
const StudyHomePage = page(() => import('./study/StudyHomePage.tsx'));
const ReaderPage = page(() => import('./study/ReaderPage.tsx'));
const VideoPage = page(() => import('./video/VideoPage.tsx'));
const QuizListPage = page(() => import('./quiz/QuizListPage.tsx'));
const OpenPaperPage = page(() => import('./quiz/OpenPaperPage.tsx'));
const PaperPage = page(() => import('./quiz/PaperPage.tsx'));
const PointsPage = page(() => import('./learning/PointsPage.tsx'));
const HoursPage = page(() => import('./learning/HoursPage.tsx'));
const MessagesPage = page(() => import('./notifications/MessagesPage.tsx'));
const NotificationPrefsPage = page(() => import('./notifications/PreferencesPage.tsx'));
const MyAlertsPage = page(() => import('./supervision/MyAlertsPage.tsx'));
const MyAlertPage = page(() => import('./supervision/MyAlertPage.tsx'));

function SignedIn() {
  const { t } = useTranslation();
  return (
    <RequireAuth
      loginPath="/m/login"
      loading={<PageLoading />}
      renderError={(message, retry) => (
        <ErrorBlock status="disconnected" title={t('state.error')} description={message} fullPage>
          <Button color="primary" size="large" onClick={retry}>
            {t('state.retry')}
          </Button>
        </ErrorBlock>
      )}
    >
      <H5Layout />
    </RequireAuth>
  );
}

export function Component() {
  const { i18n } = useTranslation();
  // Before paint, so neither the phone look nor the text size flickers in.
  useLayoutEffect(() => {
    enterPhoneApp();
    return leavePhoneApp;
  }, []);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route path="change-password" element={<ChangePasswordPage />} />
          <Route element={<SignedIn />}>
            <Route index element={<HomePage />} />
            <Route path="org" element={<MyOrgPage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="study" element={<StudyHomePage />} />
            <Route path="study/:id" element={<ReaderPage />} />
            <Route path="videos/:id" element={<VideoPage />} />
            <Route path="quiz" element={<QuizListPage />} />
            <Route path="quiz/open/:kind" element={<OpenPaperPage />} />
            <Route path="quiz/special/:id" element={<OpenPaperPage />} />
            <Route path="quiz/papers/:id" element={<PaperPage />} />
            <Route path="learning/points" element={<PointsPage />} />
            <Route path="learning/hours" element={<HoursPage />} />
            <Route path="notifications" element={<MessagesPage />} />
            <Route path="notifications/settings" element={<NotificationPrefsPage />} />
            <Route path="supervision" element={<MyAlertsPage />} />
            <Route path="supervision/:id" element={<MyAlertPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </ConfigProvider>
  );
}
