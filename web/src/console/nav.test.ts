import { describe, expect, it } from 'vitest';
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
    const none = {
      canManageAccounts: false,
      canGrantRoles: false,
      canManageDelegations: false,
      canReadAudit: false,
      canManageOrgs: false,
      canViewOrgs: false,
      canViewPeople: false,
      canManagePeople: false,
      canImportPeople: false,
      canReadEvents: false,
    };
    const visible = (a: typeof none) => navItems.filter((i) => i.isVisible(a)).map((i) => i.path);
    expect(visible(none)).toEqual(['/', '/profile']);
    expect(visible({ ...none, canReadAudit: true })).toEqual(['/', '/audit', '/profile']);
    expect(visible({ ...none, canViewPeople: true, canViewOrgs: true })).toEqual(['/', '/orgs', '/people', '/profile']);
  });
});
