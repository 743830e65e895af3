import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The starter study articles are demo data for the content module's three channels; this test keeps
// them in the agreed shape and their HTML within the small set of tags the readers render.

const Channels = ['authoritative', 'news', 'materials'] as const;
const AllowedTags = new Set(['h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote']);
const EntryKeys = ['bodyHtml', 'channel', 'source', 'summary', 'title'];

type StarterArticle = { channel: string; title: string; summary: string; bodyHtml: string; source: string };

const articles: StarterArticle[] = JSON.parse(readFileSync(new URL('./articles.json', import.meta.url), 'utf8'));

function chineseCharacters(html: string): number {
  return html.replace(/<[^>]*>/g, '').match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
}

/** Checks the tags are allowed, carry no attributes, and open and close in proper nesting. */
function tagProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const m of html.matchAll(/<([^>]*)>/g)) {
    const tag = /^(\/?)([a-z0-9]+)$/.exec(m[1] ?? '');
    if (!tag) {
      problems.push(`unexpected markup <${m[1]}>`);
      continue;
    }
    const [, closing, name = ''] = tag;
    if (!AllowedTags.has(name)) problems.push(`tag <${name}> not allowed`);
    if (!closing) open.push(name);
    else if (open.pop() !== name) problems.push(`</${name}> closes the wrong tag`);
  }
  if (open.length > 0) problems.push(`unclosed ${open.join(', ')}`);
  if (/[<>]/.test(html.replace(/<[^>]*>/g, ''))) problems.push('stray angle bracket');
  return problems;
}

describe('starter study articles', () => {
  it('has 12 articles, 4 in each channel', () => {
    expect(articles).toHaveLength(12);
    for (const c of Channels) expect(articles.filter((a) => a.channel === c)).toHaveLength(4);
  });

  it.each(articles.map((a) => [a.title, a] as const))('%s has the agreed shape', (_, a) => {
    expect(Object.keys(a).sort()).toEqual(EntryKeys);
    expect(Channels).toContain(a.channel);
    expect(a.title.trim().length).toBeGreaterThan(4);
    expect(a.summary.trim().length).toBeGreaterThan(20);
    expect(a.source.trim()).not.toBe('');
    expect(tagProblems(a.bodyHtml)).toEqual([]);
    const length = chineseCharacters(a.bodyHtml);
    expect(length).toBeGreaterThanOrEqual(600);
    expect(length).toBeLessThanOrEqual(1500);
    // Local news is made up for the demo and must say so.
    if (a.channel === 'news') expect(a.source).toContain('演示数据');
  });

  it('the tag check rejects what the readers do not render', () => {
    expect(tagProblems('<p>好</p>')).toEqual([]);
    expect(tagProblems('<img src="x">')).not.toEqual([]);
    expect(tagProblems('<p class="x">好</p>')).not.toEqual([]);
    expect(tagProblems('<p><strong>好</p></strong>')).not.toEqual([]);
    expect(tagProblems('<a href="/">链接</a>')).not.toEqual([]);
  });

  it('has no duplicate titles', () => {
    expect(new Set(articles.map((a) => a.title)).size).toBe(articles.length);
  });
});
