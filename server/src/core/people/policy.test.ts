import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../context.ts';
import { authorize, can, registerPolicies } from '../policy.ts';
import { peoplePolicies, personAbilities } from './policy.ts';

const actor = (grants: Omit<Grant, 'id'>[], extra: Partial<Actor> = {}): Actor => ({
  accountId: 'acc',
  personId: null,
  displayName: 'x',
  sessionId: 's',
  grants: grants.map((g, i) => ({ ...g, id: String(i) })),
  actingFor: null,
  isDemo: false,
  ...extra,
});
const person = { orgPath: '/1/2/3/', personId: 'p1' };

// The manifest registers these at start; a unit test registers them itself.
beforeAll(() => registerPolicies(peoplePolicies));

describe('people policy', () => {
  it('managers over the subtree edit, transfer and see everything', () => {
    const admin = actor([{ role: 'org_admin', orgId: 2, orgPath: '/1/2/' }]);
    expect(personAbilities(admin, person)).toEqual({
      canEdit: true,
      canTransfer: true,
      canSeeIdNumber: true,
      canSeePhone: true,
    });
    const elsewhere = actor([{ role: 'org_admin', orgId: 9, orgPath: '/1/9/' }]);
    expect(() => authorize(elsewhere, 'people.person.read', person)).toThrow('NOT_FOUND');
  });

  it('a branch secretary reads and sees the phone; a monitor only reads', () => {
    const sec = actor([{ role: 'branch_secretary', orgId: 3, orgPath: '/1/2/3/' }]);
    expect(can(sec, 'people.person.read', person)).toBe(true);
    expect(personAbilities(sec, person)).toMatchObject({ canEdit: false, canSeeIdNumber: false, canSeePhone: true });
    const mon = actor([{ role: 'monitor', orgId: 1, orgPath: '/1/' }]);
    expect(can(mon, 'people.person.read', person)).toBe(true);
    expect(personAbilities(mon, person)).toMatchObject({ canSeeIdNumber: false, canSeePhone: false });
    expect(() => authorize(mon, 'people.person.edit', person)).toThrow('FORBIDDEN');
  });

  it('the person reads themself in full; a delegate reads them masked', () => {
    const self = actor([], { personId: 'p1' });
    expect(can(self, 'people.person.read', person)).toBe(true);
    expect(personAbilities(self, person)).toMatchObject({ canEdit: false, canSeeIdNumber: true, canSeePhone: true });
    const delegate = actor([], { personId: 'p2', actingFor: { personId: 'p1', delegationId: 'd', scopes: [] } });
    expect(can(delegate, 'people.person.read', person)).toBe(true);
    expect(personAbilities(delegate, person)).toMatchObject({ canSeeIdNumber: false, canSeePhone: false });
    expect(can(actor([], { personId: 'p2' }), 'people.person.read', person)).toBe(false);
  });
});
