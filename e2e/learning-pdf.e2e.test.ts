// A member reads a Chinese PDF on the phone: 60 pages in STSong-Light, a standard CJK font the file
// does not embed (as many office exports and government documents are written). pdf.js draws it
// only with the character maps the build ships (/assets/pdfjs-<version>/cmaps/), and fetches the
// file in byte ranges: opening it reads its first and last chunks, not the whole document.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { request } from 'playwright-core';
import { DEMO_PASSWORD, Demo } from './support/accounts.ts';
import { apiAs } from './support/api.ts';
import { SCREENSHOT_DIR } from './support/paths.ts';
import { baseUrl, describe, expect, PHONE, test } from './support/test.ts';
import { signInPhone } from './support/ui.ts';

const LINES = ['中华人民共和国', '学习贯彻党的二十大精神', '红云智慧党建云平台', '第{}页：不忘初心，牢记使命'];
const hex = (text: string) => `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

/** A PDF whose text uses STSong-Light with UniGB-UCS2-H, not embedded; ~8 KB a page. */
function chinesePdf(pages: number): Buffer {
  const objs = new Map<number, string>();
  objs.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objs.set(
    3,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
  );
  objs.set(
    4,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
  );
  objs.set(
    5,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const kids: string[] = [];
  for (let p = 1; p <= pages; p++) {
    // Page dictionaries together (as most producers write them), their content streams after them.
    const page = 5 + p;
    const content = 5 + pages + p;
    kids.push(`${page} 0 R`);
    const body = ['BT', '/F1 28 Tf', '60 760 Td'];
    for (const line of LINES) body.push(`${hex(line.replace('{}', String(p)))} Tj`, '0 -48 Td');
    // Invisible text (render mode 3) gives each page some weight, as a real page's content has.
    body.push('/F1 12 Tf 3 Tr');
    for (let i = 0; i < 120; i++) body.push(`${hex('党员学习教育常态化制度化')} Tj 0 -0.01 Td`);
    body.push('ET');
    const stream = body.join('\n');
    objs.set(content, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objs.set(
      page,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`,
    );
  }
  objs.set(2, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  const size = 6 + 2 * pages;
  for (let n = 1; n < size; n++) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objs.get(n)}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('PDF documents on the phone', () => {
  test('13800000010 reads a Chinese PDF with non-embedded fonts on 390 px, fetched in byte ranges', async ({
    pages,
  }) => {
    // The county's office publishes it (the city's party office writes, the county's admin reviews).
    const pdf = chinesePdf(60);
    const office = await request.newContext({ baseURL: baseUrl() });
    await office.post('/api/auth/login', { data: { phone: Demo.partyOffice, password: DEMO_PASSWORD, client: 'web' } });
    const reviewer = await apiAs(Demo.countyAdmin);
    const { data: me } = await reviewer.get<{ data: { grants: { orgId: number; role: string }[] } }>('/api/me');
    const county = me.grants.find((g) => g.role === 'org_admin')!.orgId;
    const headers = { 'x-requested-with': 'hongyun' };
    const uploaded = await office.post('/api/content-media/documents', {
      headers,
      multipart: { orgId: String(county), file: { name: '中文字体.pdf', mimeType: 'application/pdf', buffer: pdf } },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    const documentId = (await uploaded.json()).data.id as string;
    const title = '未嵌入字体的中文学习资料';
    const created = await office.post('/api/content/items', {
      headers,
      data: { orgId: county, kind: 'document', channel: 'materials', title, bodyHtml: '', documentId },
    });
    expect(created.status(), await created.text()).toBe(201);
    const itemId = (await created.json()).data.id as string;
    expect((await office.post(`/api/content/items/${itemId}/submit`, { headers })).ok()).toBe(true);
    await reviewer.post(`/api/content/items/${itemId}/approve`);
    await office.dispose();

    const page = await pages.open(PHONE);
    const ranges: { status: number; range: string | null }[] = [];
    const assets: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname === `/api/content-media/${documentId}`) {
        ranges.push({ status: r.status(), range: r.request().headers().range ?? null });
      }
      if (url.pathname.includes('/assets/pdfjs-')) assets.push(`${r.status()} ${url.pathname.split('/').pop()}`);
    });
    await signInPhone(page, Demo.member);
    await page.goto(`/m/study/${itemId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('共 60 页').waitFor();
    const first = page.locator('.hy-pdf-page canvas').first();
    await first.waitFor();
    // Drawn: the first page's canvas has dark text pixels (without the character maps it stays white).
    const darkPixels = () =>
      first.evaluate((el) => {
        const c = el as HTMLCanvasElement;
        const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) < 100 && (d[i + 3] ?? 0) > 0) n++;
        return n;
      });
    await expect.poll(darkPixels, { timeout: 15_000 }).toBeGreaterThan(2000);
    expect(assets).toContain('200 UniGB-UCS2-H.bcmap');
    // The first screen only (a full-page shot of 60 pages is 60 screens tall).
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'learning-pdf-chinese.png') });

    // Ranges only: the whole-file request pdf.js starts with is cancelled once the server says it
    // answers ranges, and opening fetched far less than the file.
    const partial = ranges.filter((r) => r.status === 206);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((r) => r.range?.startsWith('bytes='))).toBe(true);
    const fetched = partial.reduce((n, r) => {
      const [, a, b] = /bytes=(\d+)-(\d+)/.exec(r.range ?? '') ?? [];
      return n + Number(b) - Number(a) + 1;
    }, 0);
    expect(fetched).toBeLessThan(pdf.length / 2);
  });
});
