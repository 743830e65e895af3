// Every screen's address. Each page is its own lazily loaded chunk (the production bundle is split
// by route); a page module exports `Component`, React Router's lazy-route convention.
import { createBrowserRouter, type RouteObject } from 'react-router';

const consoleRoutes: RouteObject[] = [
  { index: true, lazy: () => import('./console/home/HomePage.tsx') },
  {
    path: 'orgs',
    handle: { crumb: 'nav.orgs' },
    children: [
      { index: true, lazy: () => import('./console/orgs/OrgsPage.tsx') },
      { path: ':id', handle: { crumb: 'crumb.orgDetail' }, lazy: () => import('./console/orgs/OrgDetailPage.tsx') },
    ],
  },
  {
    path: 'people',
    handle: { crumb: 'nav.people' },
    children: [
      { index: true, lazy: () => import('./console/people/PeopleListPage.tsx') },
      {
        path: 'import',
        handle: { crumb: 'nav.peopleImport' },
        lazy: () => import('./console/people-import/ImportWizardPage.tsx'),
      },
      {
        path: ':id',
        handle: { crumb: 'crumb.personDetail' },
        lazy: () => import('./console/people/PersonDetailPage.tsx'),
      },
    ],
  },
  {
    path: 'accounts',
    handle: { crumb: 'nav.accounts' },
    children: [
      { index: true, lazy: () => import('./console/accounts/AccountsPage.tsx') },
      {
        path: ':id',
        handle: { crumb: 'crumb.accountDetail' },
        lazy: () => import('./console/accounts/AccountDetailPage.tsx'),
      },
    ],
  },
  {
    path: 'delegations',
    handle: { crumb: 'nav.delegations' },
    lazy: () => import('./console/accounts/DelegationsPage.tsx'),
  },
  {
    path: 'content',
    handle: { crumb: 'content:title' },
    children: [
      { index: true, lazy: () => import('./console/content/ContentListPage.tsx') },
      {
        path: 'new',
        handle: { crumb: 'content:newArticle' },
        lazy: () => import('./console/content/ContentEditorPage.tsx'),
      },
      {
        path: ':id',
        handle: { crumb: 'content:editArticle' },
        lazy: () => import('./console/content/ContentEditorPage.tsx'),
      },
    ],
  },
  { path: 'audit', handle: { crumb: 'nav.audit' }, lazy: () => import('./console/audit/AuditPage.tsx') },
  {
    path: 'question-bank',
    handle: { crumb: 'nav.questionBank' },
    children: [
      { index: true, lazy: () => import('./console/question-bank/QuestionBankPage.tsx') },
      {
        path: 'import',
        handle: { crumb: 'qbank:import.crumb' },
        lazy: () => import('./console/question-bank/QuestionImportPage.tsx'),
      },
    ],
  },
  { path: 'quiz', handle: { crumb: 'quizAdmin:title' }, lazy: () => import('./console/quiz/QuizAdminPage.tsx') },
  { path: 'events', handle: { crumb: 'nav.events' }, lazy: () => import('./console/events/EventsPage.tsx') },
  {
    path: 'event-delivery',
    handle: { crumb: 'nav.eventDelivery' },
    lazy: () => import('./console/event-delivery/EventDeliveryPage.tsx'),
  },
  { path: 'videos', handle: { crumb: 'video:title' }, lazy: () => import('./console/videos/VideoLibraryPage.tsx') },
  {
    path: 'learning-settings',
    handle: { crumb: 'learningSettings:title' },
    lazy: () => import('./console/learning-settings/LearningSettingsPage.tsx'),
  },
  { path: 'calendar', handle: { crumb: 'nav.calendar' }, lazy: () => import('./console/calendar/CalendarPage.tsx') },
  {
    path: 'learning-dashboard',
    handle: { crumb: 'nav.learningDashboard' },
    lazy: () => import('./console/learning-dashboard/LearningDashboardPage.tsx'),
  },
  {
    path: 'supervision/forecast',
    handle: { crumb: 'forecast:title' },
    lazy: () => import('./console/supervision-forecast/ForecastPage.tsx'),
  },
  {
    path: 'supervision/rules',
    handle: { crumb: 'supervisionAdmin:rules.title' },
    lazy: () => import('./console/supervision/RulesPage.tsx'),
  },
  {
    path: 'supervision/alerts',
    handle: { crumb: 'supervisionAdmin:alerts.title' },
    children: [
      { index: true, lazy: () => import('./console/supervision/AlertsPage.tsx') },
      {
        path: ':id',
        handle: { crumb: 'supervisionAdmin:detail.title' },
        lazy: () => import('./console/supervision/AlertsPage.tsx'),
      },
    ],
  },
  { path: 'profile', handle: { crumb: 'nav.profile' }, lazy: () => import('./console/profile/ProfilePage.tsx') },
  {
    path: 'notifications',
    handle: { crumb: 'notify:title' },
    lazy: () => import('./console/notifications/NotificationsPage.tsx'),
  },
  { path: '*', lazy: () => import('./console/shell/NotFoundPage.tsx') },
];

/** What shows while the first screen's code arrives (slow mobile networks): a quiet brand mark. */
function BootFallback() {
  return (
    <div className="hy-boot" role="status" aria-label="加载中 Loading">
      <span className="hy-brand-mark hy-brand-mark-lg">红</span>
    </div>
  );
}

export const routes: RouteObject[] = [
  // The phone H5 app: its own shell and routes (antd-mobile), loaded only on /m.
  { path: '/m/*', lazy: () => import('./h5/H5App.tsx'), hydrateFallbackElement: <BootFallback /> },
  {
    // The console (antd): its providers, then sign-in pages and the signed-in frame.
    lazy: () => import('./console/ConsoleRoot.tsx'),
    hydrateFallbackElement: <BootFallback />,
    children: [
      { path: '/login', lazy: () => import('./console/auth/LoginPage.tsx') },
      { path: '/change-password', lazy: () => import('./console/auth/ChangePasswordPage.tsx') },
      { path: '/', lazy: () => import('./console/shell/ConsoleFrame.tsx'), children: consoleRoutes },
    ],
  },
];

export const router = createBrowserRouter(routes);
