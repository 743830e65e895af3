import type { Role } from '@hongyun/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../context.ts';
import { can, registerPolicies } from '../policy.ts';
import { type OrgPolicyRecord, orgPolicies } from './policy.ts';

const actor = (grants: [Role, string][]): Actor => ({
  accountId: 'a',
  personId: null,
  displayName: 'x',
  sessionId: 's',
  grants: grants.map(([role, orgPath], i) => ({ id: String(i), role, orgId: i + 1, orgPath })),
  actingFor: null,
  isDemo: false,
});

// The manifest registers these at start; a unit test registers them itself.
beforeAll(() => registerPolicies(orgPolicies));

describe('org policies', () => {
  const town = actor([['org_admin', '/1/2/3/']]);
  it('reads and edits within the subtree only', () => {
    expect(can(town, 'org.org.read', { orgPath: '/1/2/3/9/' })).toBe(true);
    expect(can(town, 'org.org.read', { orgPath: '/1/2/4/' })).toBe(false);
    expect(can(town, 'org.org.update', { orgPath: '/1/2/3/' })).toBe(true);
  });
  it('moves and dissolves only below the grant', () => {
    expect(can(town, 'org.org.dissolve', { orgPath: '/1/2/3/' })).toBe(false);
    expect(can(town, 'org.org.dissolve', { orgPath: '/1/2/3/9/' })).toBe(true);
    expect(can(town, 'org.org.move', { orgPath: '/1/2/3/9/' })).toBe(true);
  });
  it('reserves module switches to party_office and system_admin', () => {
    expect(can(town, 'org.modules.update', { orgPath: '/1/2/3/' })).toBe(false);
    expect(can(actor([['party_office', '/1/2/']]), 'org.modules.update', { orgPath: '/1/2/3/' })).toBe(true);
  });
  it('lets only a system_admin at a root org create roots', () => {
    expect(can(actor([['system_admin', '/1/']]), 'org.root.create')).toBe(true);
    expect(can(actor([['system_admin', '/1/2/']]), 'org.root.create')).toBe(false);
    expect(can(actor([['party_office', '/1/']]), 'org.root.create')).toBe(false);
  });
  it('a member reads their own branch through the route’s flag', () => {
    const own: OrgPolicyRecord = { orgPath: '/1/2/3/9/', isViewerOwnOrg: true };
    expect(can(actor([]), 'org.org.read', own)).toBe(true);
    expect(can(actor([]), 'org.org.read', { orgPath: '/1/2/3/9/' })).toBe(false);
  });
});
