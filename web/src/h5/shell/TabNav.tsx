// The bottom tab bar: 首页 · 我的组织 · 我的. Real links (not antd-mobile's div-based TabBar) so
// each tab is reachable by keyboard and announced as the current page by screen readers.
import { AppOutline, TeamOutline, UserOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const tabs = [
  { to: '/m', end: true, label: 'tab.home', Icon: AppOutline },
  { to: '/m/org', end: false, label: 'tab.org', Icon: TeamOutline },
  { to: '/m/profile', end: false, label: 'tab.profile', Icon: UserOutline },
] as const;

export function TabNav() {
  const { t } = useTranslation('h5');
  return (
    <nav className="hy-m-tabbar" aria-label={t('common:shell.menu')}>
      {tabs.map(({ to, end, label, Icon }) => (
        <NavLink key={to} to={to} end={end} className="hy-m-tab">
          <Icon className="hy-m-tab-icon" aria-hidden />
          <span className="hy-m-tab-title">{t(label)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
