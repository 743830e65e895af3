import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { questions } from './schema.ts';
import { seedStarterBank } from './starter-seed.ts';

// The test's own fixture, not the shipped starter file.
const fixture = [
  {
    type: 'judge',
    stem: '党员必须履行党章规定的义务。',
    options: [],
    answer: ['true'],
    category: '党章',
    tags: [],
    difficulty: 1,
    source: '党章',
  },
  {
    type: 'fill',
    stem: '中国共产党以____作为自己的行动指南。',
    options: [],
    answer: ['马克思列宁主义|马列主义'],
    explanation: null,
    category: '党章',
    tags: ['总纲'],
    difficulty: 2,
    source: '党章',
  },
  {
    type: 'single',
    stem: '形状不对的题（  ）',
    options: [{ key: 'A', text: '只有一个' }],
    answer: ['A'],
    category: '党章',
  },
];

describe('the starter bank seed', () => {
  const t = useTestApp();

  it('loads valid questions into the first root org once, skipping bad and repeated ones', async () => {
    const s = t.app.services;
    await createOrg(s); // some root exists; the seed picks the first
    const dir = mkdtempSync(join(tmpdir(), 'qbank-'));
    const file = join(dir, 'questions.json');
    writeFileSync(file, JSON.stringify(fixture));
    const first = await seedStarterBank(s.db, pathToFileURL(file));
    expect(first).toEqual({ added: 2, skipped: 1 });
    const again = await seedStarterBank(s.db, pathToFileURL(file));
    expect(again).toEqual({ added: 0, skipped: 3 });
    const fill = await s.db
      .select()
      .from(questions)
      .where(eq(questions.stem, fixture[1]?.stem ?? ''));
    expect(fill).toHaveLength(1);
    expect(fill[0]?.answer).toEqual(['马克思列宁主义|马列主义']);
    expect(await seedStarterBank(s.db, pathToFileURL(join(dir, 'absent.json')))).toEqual({ added: 0, skipped: 0 });
  });
});
