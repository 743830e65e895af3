// The phone app's module tiles come from the server: /api/me lists the home tiles the installed
// modules declare in their manifests, already filtered by the user's abilities and module
// switches. Here only the icon for each icon name; an unknown name gets a neutral icon.
import {
  AppOutline,
  BellOutline,
  CheckShieldOutline,
  ClockCircleOutline,
  CompassOutline,
  ContentOutline,
  EnvironmentOutline,
  ExclamationShieldOutline,
  HeartOutline,
  HistogramOutline,
  StarOutline,
  TeamOutline,
  UserSetOutline,
} from 'antd-mobile-icons';
import type { ComponentType, SVGProps } from 'react';

const icons: Record<string, ComponentType<SVGProps<SVGSVGElement>>> = {
  content: ContentOutline,
  shield: ExclamationShieldOutline,
  environment: EnvironmentOutline,
  userSet: UserSetOutline,
  compass: CompassOutline,
  heart: HeartOutline,
  team: TeamOutline,
  histogram: HistogramOutline,
  quiz: CheckShieldOutline,
  star: StarOutline,
  clock: ClockCircleOutline,
  bell: BellOutline,
};

export const tileIcon = (name: string): ComponentType<SVGProps<SVGSVGElement>> => icons[name] ?? AppOutline;
