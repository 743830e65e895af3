// The business modules the phone app knows how to open. An org switches modules on for its subtree
// (me.modules); the home grid shows a module only when it is switched on AND its phone screens
// exist here (`built: true` with a path under /m). Flip `built` when a module's H5 pages land.
import type { ModuleName } from '@hongyun/contracts';
import {
  CompassOutline,
  ContentOutline,
  EnvironmentOutline,
  ExclamationShieldOutline,
  HeartOutline,
  HistogramOutline,
  TeamOutline,
  UserSetOutline,
} from 'antd-mobile-icons';
import type { ComponentType, SVGProps } from 'react';

export type H5Module = {
  built: boolean;
  /** Where the module's phone home lives, relative to /m (e.g. 'learning'). */
  path?: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
};

export const H5Modules: Record<ModuleName, H5Module> = {
  learning: { built: false, icon: ContentOutline },
  supervision: { built: false, icon: ExclamationShieldOutline },
  village: { built: false, icon: EnvironmentOutline },
  performance: { built: false, icon: UserSetOutline },
  command: { built: false, icon: CompassOutline },
  services: { built: false, icon: HeartOutline },
  community: { built: false, icon: TeamOutline },
  analytics: { built: false, icon: HistogramOutline },
};

/** The modules to offer on the home grid, in the order the server lists them. */
export function builtModules(enabled: readonly ModuleName[]): (H5Module & { name: ModuleName; path: string })[] {
  return enabled.flatMap((name) => {
    const m = H5Modules[name];
    return m.built && m.path ? [{ ...m, name, path: m.path }] : [];
  });
}
