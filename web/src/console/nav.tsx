// The console's navigation. Whether an entry shows comes only from the abilities /api/me returns:
// the server's policies decide, the browser does not repeat role rules.
import {
  AuditOutlined,
  BarChartOutlined,
  ClusterOutlined,
  DashboardOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UploadOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/session.ts';

export type NavItem = { path: string; labelKey: string; icon: ReactNode; isVisible: (a: Me['abilities']) => boolean };

export const navItems: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: <DashboardOutlined />, isVisible: () => true },
  { path: '/orgs', labelKey: 'nav.orgs', icon: <ClusterOutlined />, isVisible: (a) => a.canViewOrgs },
  { path: '/people', labelKey: 'nav.people', icon: <TeamOutlined />, isVisible: (a) => a.canViewPeople },
  {
    path: '/people/import',
    labelKey: 'nav.peopleImport',
    icon: <UploadOutlined />,
    isVisible: (a) => a.canImportPeople,
  },
  {
    path: '/accounts',
    labelKey: 'nav.accounts',
    icon: <SafetyCertificateOutlined />,
    isVisible: (a) => a.canManageAccounts || a.canGrantRoles,
  },
  {
    path: '/delegations',
    labelKey: 'nav.delegations',
    icon: <UserSwitchOutlined />,
    isVisible: (a) => a.canManageDelegations,
  },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, isVisible: (a) => a.canReadAudit },
  { path: '/events', labelKey: 'nav.events', icon: <BarChartOutlined />, isVisible: (a) => a.canReadEvents },
  { path: '/profile', labelKey: 'nav.profile', icon: <IdcardOutlined />, isVisible: () => true },
];

/** The nav entry a location belongs to: the longest path that prefixes it. */
export function activeNavPath(pathname: string): string {
  const hits = navItems
    .map((i) => i.path)
    .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)));
  return hits.sort((a, b) => b.length - a.length)[0] ?? '/';
}
