// The console frame: side navigation from the user's abilities, the scope switcher, breadcrumbs,
// language switch and the user menu. Pages render in <Outlet />.
import { DownOutlined, GlobalOutlined, LogoutOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Dropdown, Layout, Menu, Select, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, type UIMatch, useLocation, useMatches, useNavigate } from 'react-router';
import { useLogout, useSignedInMe, useSwitchLang } from '../../api/session.ts';
import type { Lang } from '../../i18n/index.ts';
import { activeNavPath, navIcon, navLabel } from '../nav.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { useScope } from './scope.tsx';

export type RouteHandle = { crumb?: string };

function ScopeSwitcher() {
  const { t } = useTranslation();
  const { scope, scopes, setScope } = useScope();
  if (!scope) return null;
  if (scopes.length === 1) {
    return (
      <span className="hy-scope">
        <Typography.Text type="secondary" className="hy-scope-label">
          {t('shell.scopeLabel')}
        </Typography.Text>
        <Typography.Text strong className="hy-scope-name" title={scope.orgName}>
          {scope.orgName}
        </Typography.Text>
      </span>
    );
  }
  return (
    <Space size={4} className="hy-scope">
      <Typography.Text type="secondary" className="hy-scope-label">
        {t('shell.scopeLabel')}
      </Typography.Text>
      <Select
        aria-label={t('shell.scopeHint')}
        value={scope.orgId}
        onChange={setScope}
        className="hy-scope-select"
        options={scopes.map((s) => ({ value: s.orgId, label: s.orgName }))}
      />
    </Space>
  );
}

function Crumbs() {
  const { t } = useTranslation();
  const matches = useMatches() as UIMatch<unknown, RouteHandle | undefined>[];
  const items = matches
    .filter((m) => m.handle?.crumb)
    .map((m, i, all) => ({
      key: m.id,
      title: i < all.length - 1 ? <Link to={m.pathname}>{t(m.handle!.crumb!)}</Link> : t(m.handle!.crumb!),
    }));
  return <Breadcrumb items={[{ key: 'home', title: <Link to="/">{t('app.name')}</Link> }, ...items]} />;
}

export function ConsoleLayout() {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const switchLang = useSwitchLang();
  const { modal } = App.useApp();

  const menuItems = useMemo(
    () =>
      me.nav.map((i) => ({
        key: i.path,
        icon: navIcon(i.icon),
        label: <Link to={i.path}>{navLabel(i, i18n.language)}</Link>,
      })),
    [me.nav, i18n.language],
  );

  // Leave the signed-in frame first: clearing the user while it is still mounted would break it.
  const signOut = async (everywhere: boolean) => {
    navigate('/login?signedOut=1', { replace: true });
    await logout.mutateAsync(everywhere).catch(() => undefined);
  };

  const userMenu = {
    items: [
      { key: 'profile', icon: <UserOutlined />, label: t('nav.profile') },
      { key: 'password', label: t('shell.changePassword') },
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout') },
      { key: 'logout-all', danger: true, label: t('shell.logoutAll') },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'profile') navigate('/profile');
      if (key === 'password') navigate('/change-password');
      if (key === 'logout') void signOut(false);
      if (key === 'logout-all') {
        modal.confirm({ title: t('shell.logoutAll'), content: t('shell.logoutAllConfirm'), onOk: () => signOut(true) });
      }
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="hy-skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Layout.Sider breakpoint="lg" collapsedWidth={56} width={208} theme="dark" style={{ background: '#7a0c10' }}>
        <Link to="/" className="hy-brand" aria-label={t('app.fullName')}>
          <span className="hy-brand-mark">红</span>
          <span className="hy-brand-text">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('shell.menu')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[activeNavPath(location.pathname, me.nav)]}
            items={menuItems}
            style={{ background: 'transparent' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="hy-header">
          <ScopeSwitcher />
          {me.actingFor && <Tag color="orange">{t('shell.actingFor', { name: me.actingFor.personName })}</Tag>}
          <Space size="middle" style={{ marginLeft: 'auto' }}>
            <NotificationBell />
            <Button type="text" icon={<MobileOutlined />} href="/m" aria-label={t('shell.mobile')}>
              <span className="hy-hide-narrow">{t('shell.mobile')}</span>
            </Button>
            <Select
              aria-label={t('shell.language')}
              value={i18n.language === 'en' ? 'en' : 'zh-CN'}
              onChange={(lang: Lang) => void switchLang(lang)}
              suffixIcon={<GlobalOutlined />}
              variant="borderless"
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
            <Dropdown menu={userMenu} trigger={['click']}>
              <Button type="text" aria-haspopup="menu">
                <UserOutlined /> <span className="hy-hide-narrow">{me.account.displayName}</span> <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="hy-content">
          <Crumbs />
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
