import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// The review workflow and the audience, through the API as the console and the phone use it.
describe('content workflow and audience', () => {
  const t = useTestApp();

  async function world() {
    const s = t.app.services;
    const county = await createOrg(s, { name: '内容测试县委', type: 'committee' });
    const town = await createOrg(s, { parent: county, name: '内容测试镇党委', type: 'committee' });
    const branch = await createOrg(s, { parent: town, name: '内容测试村支部' });
    const otherBranch = await createOrg(s, { parent: town, name: '内容测试另一支部' });
    const otherTown = await createOrg(s, { parent: county, name: '内容测试邻镇党委', type: 'committee' });
    const author = await createAccount(s, { grants: [{ role: 'party_office', org: town }] });
    const reviewer = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const outsider = await createAccount(s, { grants: [{ role: 'org_admin', org: otherTown }] });
    const memberOf = async (org: typeof branch, cadreRank: 'section' | 'staff' | null = null) => {
      const person = await createPerson(s, { org, cadreRank });
      return createAccount(s, { person, grants: [{ role: 'member', org }] });
    };
    return { county, town, branch, otherBranch, otherTown, author, reviewer, outsider, memberOf };
  }
  type World = Awaited<ReturnType<typeof world>>;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, headers: object, payload?: object) =>
    t.app.inject({ method, url, headers: headers as Record<string, string>, payload });

  async function publish(w: World, extra: Record<string, unknown> = {}, title = '学习党章心得') {
    const created = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      channel: 'news',
      title,
      bodyHtml: '<p>正文</p><script>alert(1)</script>',
      ...extra,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().data.id;
    expect((await call('POST', `/api/content/items/${id}/submit`, w.author.headers)).statusCode).toBe(200);
    const approved = await call('POST', `/api/content/items/${id}/approve`, w.reviewer.headers);
    expect(approved.statusCode, approved.body).toBe(200);
    return id;
  }

  it('creates a sanitised draft, and answers 401, 400 and 404 for another subtree', async () => {
    const w = await world();
    const body = { orgId: w.town.id, channel: 'news', title: '草稿', bodyHtml: '<p onclick="x()">文</p>' };
    expect((await call('POST', '/api/content/items', {}, body)).statusCode).toBe(401);
    const bad = await call('POST', '/api/content/items', w.author.headers, { ...body, channel: 'gossip' });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const foreign = await call('POST', '/api/content/items', w.outsider.headers, body);
    expect(foreign.statusCode).toBe(404);
    const ok = await call('POST', '/api/content/items', w.author.headers, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data).toMatchObject({ status: 'draft', bodyHtml: '<p>文</p>', isOwn: true, orgName: w.town.name });
    const id = ok.json().data.id;
    expect((await call('GET', `/api/content/items/${id}`, w.outsider.headers)).statusCode).toBe(404);
    const list = await call('GET', '/api/content/items', w.outsider.headers);
    expect(list.json().total).toBe(0);
  });

  it('refuses an audience org outside the owner, as a bad field', async () => {
    const w = await world();
    const res = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      channel: 'news',
      title: '越界受众',
      bodyHtml: '<p>文</p>',
      audience: { orgIds: [w.otherTown.id] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body.audience.orgIds');
  });

  it('never lets an author approve their own item; a second person publishes it', async () => {
    const w = await world();
    const created = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      channel: 'authoritative',
      title: '关于学习的通知',
      bodyHtml: '<p>通知</p>',
    });
    const id = created.json().data.id;
    // Not yet submitted: nothing to approve.
    expect((await call('POST', `/api/content/items/${id}/approve`, w.reviewer.headers)).json().error.code).toBe(
      'CONTENT_WRONG_STATUS',
    );
    await call('POST', `/api/content/items/${id}/submit`, w.author.headers);
    const self = await call('POST', `/api/content/items/${id}/approve`, w.author.headers);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('CONTENT_SELF_APPROVAL');
    // The review queue (待我审核) shows it to the reviewer, never to its author.
    const queue = (h: object) => call('GET', '/api/content/items?toReview=true', h);
    expect((await queue(w.author.headers)).json().total).toBe(0);
    expect((await queue(w.reviewer.headers)).json().data.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await call('PATCH', `/api/content/items/${id}`, w.author.headers, { title: 'x' })).statusCode).toBe(409);

    const returned = await call('POST', `/api/content/items/${id}/return`, w.reviewer.headers, { note: '请补充出处' });
    expect(returned.json().data).toMatchObject({ status: 'returned', reviewNote: '请补充出处' });
    await call('PATCH', `/api/content/items/${id}`, w.author.headers, { source: '党建办' });
    await call('POST', `/api/content/items/${id}/submit`, w.author.headers);
    const approved = await call('POST', `/api/content/items/${id}/approve`, w.reviewer.headers);
    expect(approved.json().data.status).toBe('published');

    const withdrawn = await call('POST', `/api/content/items/${id}/withdraw`, w.author.headers);
    expect(withdrawn.json().data.status).toBe('withdrawn');

    const events = await t.asOwner(
      "select type from events where subject_id = $1 and subject_type = 'content' order by id",
      [id],
    );
    expect(events.map((e) => e.type)).toEqual([
      'content.item.submitted',
      'content.item.submitted',
      'content.item.published',
      'content.item.withdrawn',
    ]);
    const audit = await t.asOwner('select action from audit_log where target_id = $1 order by seq', [id]);
    expect(audit.map((a) => a.action)).toEqual(['content.returned', 'content.approved', 'content.withdrawn']);
  });

  it('shows a member only what their audience includes; others get 404 like a missing item', async () => {
    const w = await world();
    const inBranch = await w.memberOf(w.branch);
    const inOtherBranch = await w.memberOf(w.otherBranch);
    const inOtherTown = await w.memberOf(w.otherTown);
    const whole = await publish(w, {}, '全镇可见');
    const branchOnly = await publish(w, { audience: { orgIds: [w.branch.id] } }, '仅村支部');
    const titles = async (h: object) =>
      (await call('GET', '/api/content/feed', h))
        .json()
        .data.map((i: { title: string }) => i.title)
        .sort();
    expect(await titles(inBranch.headers)).toEqual(['仅村支部', '全镇可见'].sort());
    expect(await titles(inOtherBranch.headers)).toEqual(['全镇可见']);
    expect(await titles(inOtherTown.headers)).toEqual([]);

    const read = (id: string, h: object) => call('GET', `/api/content/feed/${id}`, h);
    expect((await read(branchOnly, inBranch.headers)).statusCode).toBe(200);
    const outside = await read(branchOnly, inOtherBranch.headers);
    const otherTree = await read(whole, inOtherTown.headers);
    const missing = await read('00000000-0000-4000-8000-000000000000', inOtherBranch.headers);
    expect(outside.statusCode).toBe(404);
    expect(outside.body).toBe(missing.body);
    expect(otherTree.body).toBe(missing.body);
    // Searches and favourites never reach past the audience either.
    const search = await call('GET', `/api/content/feed?q=${encodeURIComponent('仅村')}`, inOtherBranch.headers);
    expect(search.json().total).toBe(0);
    expect((await call('PUT', `/api/content/feed/${branchOnly}/favourite`, inOtherBranch.headers)).statusCode).toBe(
      404,
    );
    expect((await call('POST', `/api/content/feed/${branchOnly}/reading`, inOtherTown.headers, {})).statusCode).toBe(
      404,
    );
  });

  it('narrows the audience by cadre rank and by role', async () => {
    const w = await world();
    const section = await w.memberOf(w.branch, 'section');
    const staff = await w.memberOf(w.branch, 'staff');
    const plain = await w.memberOf(w.branch);
    const secretary = await createAccount(t.app.services, {
      person: await createPerson(t.app.services, { org: w.branch }),
      grants: [{ role: 'branch_secretary', org: w.branch }],
    });
    const forSection = await publish(w, { audience: { cadreRanks: ['section'] } }, '科级干部学习');
    const forSecretaries = await publish(w, { audience: { roles: ['branch_secretary'] } }, '书记学习');
    const status = async (id: string, h: object) => (await call('GET', `/api/content/feed/${id}`, h)).statusCode;
    expect(await status(forSection, section.headers)).toBe(200);
    expect(await status(forSection, staff.headers)).toBe(404);
    expect(await status(forSection, plain.headers)).toBe(404);
    expect(await status(forSecretaries, secretary.headers)).toBe(200);
    expect(await status(forSecretaries, plain.headers)).toBe(404);
  });

  it('lists pinned first then newest, searches titles, and keeps favourites', async () => {
    const w = await world();
    const member = await w.memberOf(w.branch);
    const first = await publish(w, {}, '第一篇 100%');
    const second = await publish(w, {}, '第二篇');
    const third = await publish(w, {}, '第三篇');
    await call('PUT', `/api/content/items/${first}/pin`, w.author.headers, { isPinned: true });
    const feed = await call('GET', '/api/content/feed?channel=news', member.headers);
    expect(feed.json().data.map((i: { id: string }) => i.id)).toEqual([first, third, second]);
    expect(feed.json().data[0].isPinned).toBe(true);
    const found = await call('GET', `/api/content/feed?q=${encodeURIComponent('100%')}`, member.headers);
    expect(found.json().data.map((i: { id: string }) => i.id)).toEqual([first]);
    const likeAll = await call('GET', `/api/content/feed?q=${encodeURIComponent('%')}`, member.headers);
    expect(likeAll.json().total).toBe(1); // `%` is a character, not a pattern

    expect((await call('PUT', `/api/content/feed/${second}/favourite`, member.headers)).json().data.isFavourite).toBe(
      true,
    );
    await call('PUT', `/api/content/feed/${second}/favourite`, member.headers); // twice is once
    const mine = await call('GET', '/api/content/favourites', member.headers);
    expect(mine.json().data.map((i: { id: string }) => i.id)).toEqual([second]);
    expect((await call('GET', `/api/content/feed/${second}`, member.headers)).json().data.isFavourite).toBe(true);
    await call('DELETE', `/api/content/feed/${second}/favourite`, member.headers);
    expect((await call('GET', '/api/content/favourites', member.headers)).json().total).toBe(0);

    // A withdrawn item leaves the phone at once.
    await call('POST', `/api/content/items/${third}/withdraw`, w.author.headers);
    expect((await call('GET', `/api/content/feed/${third}`, member.headers)).statusCode).toBe(404);
  });

  it('follows an org move: the owner path and the audience paths are rewritten', async () => {
    const w = await world();
    const member = await w.memberOf(w.branch);
    const id = await publish(w, { audience: { orgIds: [w.branch.id] } }, '随组织迁移');
    const admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: w.county }] });
    const moved = await call('POST', `/api/orgs/${w.town.id}/move`, admin.headers, { newParentId: w.otherTown.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const [row] = (await t.asOwner('select org_path, audience_paths from content_items where id = $1', [id])) as {
      org_path: string;
      audience_paths: string[];
    }[];
    expect(row?.org_path).toMatch(new RegExp(`^${w.otherTown.path}`));
    expect(row?.audience_paths[0]).toMatch(new RegExp(`^${w.otherTown.path}`));
    expect((await call('GET', `/api/content/feed/${id}`, member.headers)).statusCode).toBe(200);
  });
});
