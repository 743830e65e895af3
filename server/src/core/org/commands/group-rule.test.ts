// A 党小组 is the smallest unit of a branch and has no organisations below it: not by creation, not
// by a move, not by turning a parent into a group. (The Excel importer refuses it too: import-orgs.test.ts.)
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, type OrgRow } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { buildTree } from '../test-fixtures.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof buildTree>>;
let group: OrgRow;

beforeAll(async () => {
  w = await buildTree(t);
  group = await createOrg(t.app.services, { parent: w.B1, name: '第一党小组', type: 'group' });
});

describe('a 党小组 cannot have children', () => {
  it('refuses to create an organisation under a group', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: w.countyOffice.headers,
      payload: { parentId: group.id, name: '小组下的小组', type: 'group' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ORG_PARENT_IS_GROUP');
  });

  it('refuses to move an organisation under a group', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/${w.B2.id}/move`,
      headers: w.countyOffice.headers,
      payload: { newParentId: group.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ORG_PARENT_IS_GROUP');
  });

  it('refuses to make an organisation with children a group; one without may become one', async () => {
    const withChild = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${w.B1.id}`,
      headers: w.countyOffice.headers,
      payload: { type: 'group' },
    });
    expect(withChild.statusCode).toBe(409);
    expect(withChild.json().error.code).toBe('ORG_PARENT_IS_GROUP');
    const leaf = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${w.B3.id}`,
      headers: w.countyOffice.headers,
      payload: { type: 'group' },
    });
    expect(leaf.statusCode).toBe(200);
  });
});
