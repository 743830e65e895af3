import { FieldMessages } from '@hongyun/contracts';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/schema.ts';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { questionPool } from './pool.ts';

const single = (orgId: number, stem = '党的最高领导机关是（  ）。') => ({
  orgId,
  type: 'single',
  stem,
  options: [
    { key: 'A', text: '党的全国代表大会和它所产生的中央委员会' },
    { key: 'B', text: '中央政治局' },
    { key: 'C', text: '中央书记处' },
  ],
  answer: ['A'],
  explanation: '见党章第十条。',
  category: '党章',
  tags: ['组织制度'],
  difficulty: 1,
  source: '党章',
});

describe('question bank routes', () => {
  const t = useTestApp();

  async function world() {
    const s = t.app.services;
    const county = await createOrg(s);
    const town = await createOrg(s, { parent: county, type: 'committee' });
    const branch = await createOrg(s, { parent: town });
    const other = await createOrg(s, { parent: county, type: 'committee' });
    const office = await createAccount(s, { grants: [{ role: 'party_office', org: county }] });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const outsider = await createAccount(s, { grants: [{ role: 'org_admin', org: other }] });
    const member = await createAccount(s, {
      person: await createPerson(s, { org: branch }),
      grants: [{ role: 'member', org: branch }],
    });
    return { county, town, branch, other, office, admin, outsider, member };
  }
  const post = (url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers, payload });

  it('answers 401 without a session', async () => {
    const { town } = await world();
    expect((await t.app.inject('/api/questions')).statusCode).toBe(401);
    expect((await t.app.inject('/api/question-categories')).statusCode).toBe(401);
    expect((await post('/api/questions', {}, single(town.id))).statusCode).toBe(401);
  });

  it("checks each type's shape, naming the field", async () => {
    const { town, admin } = await world();
    const refused = async (body: object) => {
      const res = await post('/api/questions', admin.headers, { ...single(town.id), ...body });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.details.map((d: { field: string; message: string }) => `${d.field} ${d.message}`);
    };
    // Field messages are answered in the caller's language (Chinese by default).
    const says = (field: string, key: string) => `body.${field} ${FieldMessages[key]?.zh}`;
    expect(await refused({ answer: ['A', 'B'] })).toContain(says('answer', 'question.answer_one_option'));
    expect(await refused({ answer: ['D'] })).toContain(says('answer', 'question.answer_one_option'));
    expect(await refused({ options: [{ key: 'A', text: '唯一' }] })).toContain(
      says('options', 'question.options_too_few'),
    );
    expect(await refused({ type: 'multiple', answer: ['A'] })).toContain(says('answer', 'question.answer_two_options'));
    expect(await refused({ type: 'judge', answer: ['true'] })).toContain(says('options', 'question.options_none'));
    expect(await refused({ type: 'judge', options: [], answer: ['对'] })).toContain(
      says('answer', 'question.answer_true_false'),
    );
    expect(await refused({ type: 'fill', options: [], stem: '没有空位的题干', answer: ['x'] })).toContain(
      says('stem', 'question.stem_no_blank'),
    );
    expect(
      await refused({ type: 'fill', options: [], stem: '党的宗旨是____，党的性质是（  ）。', answer: ['为人民服务'] }),
    ).toContain(says('answer', 'question.answer_per_blank'));
    expect(await refused({ difficulty: 4, category: '' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^body\.difficulty/), expect.stringMatching(/^body\.category/)]),
    );
  });

  it('creates, reads, edits, disables and enables a question, with audit rows', async () => {
    const { town, admin, office } = await world();
    const created = await post('/api/questions', admin.headers, single(town.id));
    expect(created.statusCode, created.body).toBe(201);
    const q = created.json().data;
    expect(q).toMatchObject({ orgId: town.id, typeLabel: '单选题', difficultyLabel: '易', answer: ['A'] });

    // The office above the town keeps the town's bank too.
    const read = await t.app.inject({ url: `/api/questions/${q.id}`, headers: office.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json().data.stem).toBe('党的最高领导机关是（  ）。');

    const fill = { type: 'fill', options: [], stem: '党的根本宗旨是____。', answer: ['全心全意为人民服务|为人民服务'] };
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/questions/${q.id}`,
      headers: admin.headers,
      payload: { ...single(town.id), orgId: undefined, ...fill },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().data).toMatchObject({ type: 'fill', options: [], answer: fill.answer, orgId: town.id });

    expect((await questionPool(t.app.services.db, town.path)).map((p) => p.id)).toContain(q.id);
    const off = await post(`/api/questions/${q.id}/disable`, admin.headers);
    expect(off.statusCode).toBe(200);
    expect(off.json().data.isDisabled).toBe(true);
    expect((await questionPool(t.app.services.db, town.path)).map((p) => p.id)).not.toContain(q.id);
    // Disabled is never deleted: it still reads, and lists under status=disabled.
    expect((await t.app.inject({ url: `/api/questions/${q.id}`, headers: admin.headers })).statusCode).toBe(200);
    const listed = await t.app.inject({ url: '/api/questions?status=disabled', headers: admin.headers });
    expect(listed.json().data.map((r: { id: string }) => r.id)).toEqual([q.id]);
    const on = await post(`/api/questions/${q.id}/enable`, admin.headers);
    expect(on.json().data.isDisabled).toBe(false);

    const audits = await t.app.services.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'question'), eq(auditLog.targetId, q.id)))
      .orderBy(auditLog.seq);
    expect(audits.map((a) => a.action)).toEqual([
      'questions.created',
      'questions.updated',
      'questions.disabled',
      'questions.enabled',
    ]);
  });

  it('refuses a second question with the same stem at the same org (spaces ignored)', async () => {
    const { town, branch, admin } = await world();
    expect((await post('/api/questions', admin.headers, single(town.id))).statusCode).toBe(201);
    const again = await post('/api/questions', admin.headers, single(town.id, '党的最高领导机关是（ ）。 '));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE_QUESTION');
    // Another organisation's bank may hold the same stem.
    expect((await post('/api/questions', admin.headers, single(branch.id))).statusCode).toBe(201);
  });

  it('lists with filters and paging, and counts categories, within the subtree only', async () => {
    const { town, other, admin, outsider } = await world();
    const add = async (headers: Record<string, string>, body: object) => {
      const res = await post('/api/questions', headers, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data.id as string;
    };
    const a = await add(admin.headers, single(town.id, '第一题（  ）'));
    const b = await add(admin.headers, {
      ...single(town.id, '第二题 100% 正确（  ）'),
      type: 'multiple',
      answer: ['A', 'B'],
      category: '准则',
      tags: ['廉洁'],
      difficulty: 3,
      source: '准则',
    });
    const c = await add(admin.headers, {
      orgId: town.id,
      type: 'judge',
      stem: '第三题',
      answer: ['false'],
      category: '准则',
    });
    await add(outsider.headers, single(other.id, '别镇的题（  ）'));
    const ids = async (query: string) => {
      const res = await t.app.inject({ url: `/api/questions?${query}`, headers: admin.headers });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect((await ids('')).data.map((r: { id: string }) => r.id).sort()).toEqual([a, b, c].sort());
    expect((await ids('type=multiple')).data.map((r: { id: string }) => r.id)).toEqual([b]);
    expect((await ids('category=准则')).total).toBe(2);
    expect((await ids('difficulty=3')).data.map((r: { id: string }) => r.id)).toEqual([b]);
    expect((await ids('tag=廉洁')).data.map((r: { id: string }) => r.id)).toEqual([b]);
    expect((await ids('source=准则')).data.map((r: { id: string }) => r.id)).toEqual([b]);
    expect((await ids(`q=${encodeURIComponent('100%')}`)).data.map((r: { id: string }) => r.id)).toEqual([b]);
    expect((await ids('q=%25')).data.map((r: { id: string }) => r.id)).toEqual([b]);
    const page = await ids('pageSize=2&page=2');
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.data).toHaveLength(1);
    const bogus = await t.app.inject({ url: '/api/questions?status=bogus', headers: admin.headers });
    expect(bogus.statusCode).toBe(400);

    await post(`/api/questions/${c}/disable`, admin.headers);
    const cats = await t.app.inject({ url: '/api/question-categories', headers: admin.headers });
    expect(cats.json().data).toEqual([
      { category: '党章', enabled: 1, disabled: 0 },
      { category: '准则', enabled: 1, disabled: 1 },
    ]);
  });

  it("answers another subtree's question exactly like a missing one", async () => {
    const { town, other, admin, outsider } = await world();
    const theirs = (await post('/api/questions', outsider.headers, single(other.id))).json().data.id;
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const id of [theirs, missing]) {
      const read = await t.app.inject({ url: `/api/questions/${id}`, headers: admin.headers });
      expect([read.statusCode, read.json().error.code]).toEqual([404, 'NOT_FOUND']);
      const disable = await post(`/api/questions/${id}/disable`, admin.headers);
      expect(disable.statusCode).toBe(404);
      const edit = await t.app.inject({
        method: 'PUT',
        url: `/api/questions/${id}`,
        headers: admin.headers,
        payload: { ...single(town.id), orgId: undefined },
      });
      expect(edit.statusCode).toBe(404);
    }
    const intoTheirs = await post('/api/questions', admin.headers, single(other.id, '写进别镇（  ）'));
    expect(intoTheirs.statusCode).toBe(404);
    expect(intoTheirs.json().error.code).toBe('NOT_FOUND');
    const list = await t.app.inject({ url: '/api/questions', headers: admin.headers });
    expect(list.json().data.map((r: { id: string }) => r.id)).not.toContain(theirs);
  });

  it('never lets a member read the bank', async () => {
    const { town, admin, member } = await world();
    const q = (await post('/api/questions', admin.headers, single(town.id))).json().data.id;
    expect((await t.app.inject({ url: '/api/questions', headers: member.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/question-categories', headers: member.headers })).statusCode).toBe(403);
    const read = await t.app.inject({ url: `/api/questions/${q}`, headers: member.headers });
    expect(read.statusCode).toBeGreaterThanOrEqual(403);
    expect(read.body).not.toContain('党的最高领导机关');
    const me = (await t.app.inject({ url: '/api/me', headers: member.headers })).json().data;
    expect(me.abilities.canManageQuestionBank).toBe(false);
    const theirs = (await t.app.inject({ url: '/api/me', headers: admin.headers })).json().data;
    expect(theirs.abilities.canManageQuestionBank).toBe(true);
    expect(theirs.nav.map((n: { key: string }) => n.key)).toContain('question-bank');
  });
});
