import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { specialQuizzes } from './schema.ts';
import { seedQuizDemo } from './seed.ts';
import { addQuestions, manyQuestions } from './test-fixtures.ts';

describe('quiz demo seed', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  it('opens one special quiz for the whole tree, once, that a member can start', async () => {
    const root = await createOrg(s());
    const branch = await createOrg(s(), { parent: root });
    await addQuestions(s(), root, manyQuestions(12));
    const said: string[] = [];
    await seedQuizDemo(s(), (m) => said.push(m));
    await seedQuizDemo(s(), (m) => said.push(m));
    expect(said).toHaveLength(1);
    expect(await s().db.select().from(specialQuizzes)).toHaveLength(1);

    const person = await createPerson(s(), { org: branch });
    const { headers } = await createAccount(s(), { person, grants: [{ role: 'member', org: branch }] });
    const overview = (await t.app.inject({ url: '/api/quizzes', headers })).json().data;
    expect(overview.specials).toHaveLength(1);
    const [quiz] = overview.specials;
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/special-quizzes/${quiz.id}/attempts`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: {},
    });
    expect(started.statusCode, started.body).toBeLessThan(300);
    expect(started.json().data.total).toBe(10);
  });
});
