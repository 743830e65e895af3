import { MeAbilities } from '@hongyun/contracts';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/session.ts';
import { activeNavPath, navItems } from './nav.tsx';

describe('console navigation', () => {
  it('marks the deepest entry that holds the address', () => {
    expect(activeNavPath('/')).toBe('/');
    expect(activeNavPath('/people')).toBe('/people');
    expect(activeNavPath('/people/3f2a')).toBe('/people');
    expect(activeNavPath('/people/import')).toBe('/people/import');
    expect(activeNavPath('/orgs/12')).toBe('/orgs');
    expect(activeNavPath('/peoplex')).toBe('/');
  });

  it('shows entries only from the abilities the server sent', () => {
    // Every ability false, whatever abilities the server adds later.
    const none = Object.fromEntries(Object.keys(MeAbilities.shape).map((k) => [k, false])) as Me['abilities'];
    const visible = (a: typeof none) => navItems.filter((i) => i.isVisible(a)).map((i) => i.path);
    expect(visible(none)).toEqual(['/', '/profile']);
    expect(visible({ ...none, canReadAudit: true })).toEqual(['/', '/audit', '/profile']);
    expect(visible({ ...none, canViewPeople: true, canViewOrgs: true })).toEqual(['/', '/orgs', '/people', '/profile']);
  });
});
