// The console's navigation comes from the server: /api/me lists the menu entries the installed
// modules declare in their manifests, already filtered by the user's abilities and module switches.
// The browser only draws them: an icon for each icon name, and the label in the current language.
import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  CloudSyncOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FormOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UploadOutlined,
  UserSwitchOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/session.ts';

export type NavEntry = Me['nav'][number];

const icons: Record<string, ReactNode> = {
  dashboard: <DashboardOutlined />,
  cluster: <ClusterOutlined />,
  team: <TeamOutlined />,
  upload: <UploadOutlined />,
  safety: <SafetyCertificateOutlined />,
  userSwitch: <UserSwitchOutlined />,
  audit: <AuditOutlined />,
  chart: <BarChartOutlined />,
  delivery: <CloudSyncOutlined />,
  idcard: <IdcardOutlined />,
  content: <FileTextOutlined />,
  video: <VideoCameraOutlined />,
  calendar: <CalendarOutlined />,
  quiz: <FormOutlined />,
  trophy: <TrophyOutlined />,
  bell: <BellOutlined />,
  alert: <AlertOutlined />,
  setting: <SettingOutlined />,
};

/** The icon for a manifest's icon name; a module with a name we do not know yet gets a neutral one. */
export const navIcon = (name: string): ReactNode => icons[name] ?? <AppstoreOutlined />;

/** The label in the interface language. */
export const navLabel = (entry: NavEntry, lang: string): string => (lang === 'en' ? entry.label.en : entry.label.zh);

/**
 * The nav entry a location belongs to: the longest entry path that prefixes it, or none ('') for a
 * screen outside the menu (an unknown address, a screen reached by link): marking 工作台 there would
 * tell the user they are somewhere they are not.
 */
export function activeNavPath(pathname: string, entries: readonly Pick<NavEntry, 'path'>[]): string {
  const hits = entries
    .map((i) => i.path)
    .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)));
  return hits.sort((a, b) => b.length - a.length)[0] ?? '';
}
