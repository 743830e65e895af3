import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { removeUnusedMedia } from './commands/remove-unused-media.ts';
import { photoWithGps, tinyPdf, uploadMedia } from './test-support.ts';

// Article images and PDF documents: what is stored and served, and to whom.
describe('content media', () => {
  const t = useTestApp();

  async function world() {
    const s = t.app.services;
    const county = await createOrg(s, { name: '图片测试县委', type: 'committee' });
    const town = await createOrg(s, { parent: county, name: '图片测试镇党委', type: 'committee' });
    const branch = await createOrg(s, { parent: town, name: '图片测试村支部' });
    const otherTown = await createOrg(s, { parent: county, name: '图片测试邻镇党委', type: 'committee' });
    const author = await createAccount(s, { grants: [{ role: 'party_office', org: town }] });
    const reviewer = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const outsider = await createAccount(s, { grants: [{ role: 'org_admin', org: otherTown }] });
    const member = await createAccount(s, {
      person: await createPerson(s, { org: branch }),
      grants: [{ role: 'member', org: branch }],
    });
    const stranger = await createAccount(s, {
      person: await createPerson(s, { org: otherTown }),
      grants: [{ role: 'member', org: otherTown }],
    });
    return { town, otherTown, author, reviewer, outsider, member, stranger };
  }
  const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

  it('turns a photo upright, resizes it, and strips every bit of metadata (no EXIF, no GPS)', async () => {
    const w = await world();
    const photo = await photoWithGps();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString('latin1')).toContain('HongyunTestCam');
    const res = await uploadMedia(t.app, w.author.headers, 'images', { orgId: w.town.id, file: photo, name: 'a.txt' });
    expect(res.statusCode, res.body).toBe(201);
    const media = res.json().data;
    // Orientation 6 is a quarter turn: the 3000×2000 landscape file is a 2000×3000 portrait picture.
    expect(media).toMatchObject({ kind: 'image', width: 1600, height: 2400, url: `/api/content-media/${media.id}` });
    for (const [query, width] of [
      ['', 1600],
      ['?size=small', 720],
    ] as const) {
      const file = await get(`${media.url}${query}`, w.author.headers);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('image/jpeg');
      const meta = await sharp(file.rawPayload).metadata();
      expect(meta.width).toBe(width);
      expect(meta.height).toBeGreaterThan(meta.width ?? 0);
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(file.rawPayload.includes('HongyunTestCam')).toBe(false);
      expect(file.rawPayload.includes('GPS')).toBe(false);
    }
  });

  it('keeps a small image small, and its transparency as PNG', async () => {
    const w = await world();
    const png = await sharp({ create: { width: 200, height: 100, channels: 4, background: '#00000000' } })
      .png()
      .toBuffer();
    const res = await uploadMedia(t.app, w.author.headers, 'images', { orgId: w.town.id, file: png });
    expect(res.json().data).toMatchObject({ width: 200, height: 100 });
    const file = await get(res.json().data.url, w.author.headers);
    expect(file.headers['content-type']).toBe('image/png');
  });

  it('refuses what is not an image by its bytes, whatever its name says, and a PDF that is not one', async () => {
    const w = await world();
    const text = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const svg = await uploadMedia(t.app, w.author.headers, 'images', {
      orgId: w.town.id,
      file: text,
      name: 'photo.jpg',
      type: 'image/jpeg',
    });
    expect({ status: svg.statusCode, code: svg.json().error.code }).toEqual({
      status: 415,
      code: 'CONTENT_IMAGE_UNSUPPORTED',
    });
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    const bad = await uploadMedia(t.app, w.author.headers, 'images', { orgId: w.town.id, file: broken });
    expect(bad.json().error.code).toBe('CONTENT_IMAGE_UNREADABLE');
    const notPdf = await uploadMedia(t.app, w.author.headers, 'documents', {
      orgId: w.town.id,
      file: await photoWithGps(40, 30),
      name: 'report.pdf',
      type: 'application/pdf',
    });
    expect({ status: notPdf.statusCode, code: notPdf.json().error.code }).toEqual({
      status: 415,
      code: 'CONTENT_DOCUMENT_NOT_PDF',
    });
    const pdf = await uploadMedia(t.app, w.author.headers, 'documents', { orgId: w.town.id, file: tinyPdf(3) });
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json().data).toMatchObject({ kind: 'document', pageCount: 3 });
  });

  it('answers 401, 400 for a bad org field, and 404 for another subtree, on upload and download', async () => {
    const w = await world();
    const file = tinyPdf();
    expect((await uploadMedia(t.app, {}, 'documents', { orgId: w.town.id, file })).statusCode).toBe(401);
    const bad = await uploadMedia(t.app, w.author.headers, 'documents', { orgId: 'x', file });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.orgId' }] });
    const foreign = await uploadMedia(t.app, w.outsider.headers, 'documents', { orgId: w.town.id, file });
    expect(foreign.statusCode).toBe(404);
    const mine = await uploadMedia(t.app, w.author.headers, 'documents', { orgId: w.town.id, file });
    const url = mine.json().data.url;
    const missing = await get('/api/content-media/00000000-0000-4000-8000-000000000000', w.outsider.headers);
    const hidden = await get(url, w.outsider.headers);
    expect({ status: hidden.statusCode, body: hidden.json() }).toEqual({ status: 404, body: missing.json() });
    // A member of the town reads it only once a published item shows it.
    expect((await get(url, w.member.headers)).statusCode).toBe(404);
  });

  it('serves an article image to the audience of the published item that shows it, and to no one else', async () => {
    const w = await world();
    const up = await uploadMedia(t.app, w.author.headers, 'images', {
      orgId: w.town.id,
      file: await photoWithGps(80, 60),
    });
    const foreignUp = await uploadMedia(t.app, w.outsider.headers, 'images', {
      orgId: w.otherTown.id,
      file: await photoWithGps(80, 60),
    });
    const { url } = up.json().data;
    const foreignUrl = foreignUp.json().data.url;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/content/items',
      headers: w.author.headers,
      payload: {
        orgId: w.town.id,
        channel: 'news',
        title: '带图片的文章',
        bodyHtml: `<p>文</p><img src="${url}" alt="现场"><img src="${foreignUrl}"><img src="https://evil.example/x.png">`,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().data.id;
    // Only our own image of the author's subtree survives in the body.
    expect(created.json().data.bodyHtml).toBe(`<p>文</p><img src="${url}" alt="现场" />`);
    expect((await get(url, w.member.headers)).statusCode).toBe(404);
    await t.app.inject({ method: 'POST', url: `/api/content/items/${id}/submit`, headers: w.author.headers });
    await t.app.inject({ method: 'POST', url: `/api/content/items/${id}/approve`, headers: w.reviewer.headers });
    expect((await get(url, w.member.headers)).statusCode).toBe(200);
    expect((await get(`${url}?size=small`, w.member.headers)).statusCode).toBe(200);
    expect((await get(url, w.stranger.headers)).statusCode).toBe(404);
    expect((await get(foreignUrl, w.member.headers)).statusCode).toBe(404);
    await t.app.inject({ method: 'POST', url: `/api/content/items/${id}/withdraw`, headers: w.author.headers });
    expect((await get(url, w.member.headers)).statusCode).toBe(404);
  });

  const call = (method: 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  /** A published document item showing `pdf` to the town; returns the PDF's URL. */
  async function publishedDocument(w: Awaited<ReturnType<typeof world>>, pdf: Buffer) {
    const up = await uploadMedia(t.app, w.author.headers, 'documents', { orgId: w.town.id, file: pdf });
    const created = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      kind: 'document',
      channel: 'materials',
      title: '学习资料',
      bodyHtml: '',
      documentId: up.json().data.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().data.id;
    await call('POST', `/api/content/items/${id}/submit`, w.author.headers);
    const approved = await call('POST', `/api/content/items/${id}/approve`, w.reviewer.headers);
    expect(approved.json().data.status).toBe('published');
    return up.json().data.url as string;
  }

  it('audits an upload: one row naming the uploader, the file and its organisation', async () => {
    const w = await world();
    const pdf = tinyPdf(2);
    const doc = await uploadMedia(t.app, w.author.headers, 'documents', {
      orgId: w.town.id,
      file: pdf,
      name: '学习\u0000材料.pdf',
    });
    const image = await uploadMedia(t.app, w.author.headers, 'images', {
      orgId: w.town.id,
      file: await photoWithGps(80, 60),
      name: '现场.jpg',
    });
    for (const [res, kind, name] of [
      [doc, 'document', '学习_材料.pdf'],
      [image, 'image', '现场.jpg'],
    ] as const) {
      const media = res.json().data;
      const rows = await t.asOwner(
        "select actor_account_id, org_id, target_type, details from audit_log where action = 'content.media.uploaded' and target_id = $1",
        [media.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actor_account_id: w.author.id,
        org_id: w.town.id,
        target_type: 'content_media',
        details: { kind, name, sizeBytes: media.sizeBytes },
      });
    }
    const [docRow] = await t.asOwner('select details from audit_log where target_id = $1', [doc.json().data.id]);
    expect(docRow?.details).toMatchObject({ pageCount: 2, contentType: 'application/pdf' });
    // A refused upload writes none; a retry with the same Idempotency-Key replays without a second row.
    const before = await t.asOwner("select count(*)::int as n from audit_log where action = 'content.media.uploaded'");
    await uploadMedia(t.app, w.outsider.headers, 'documents', { orgId: w.town.id, file: pdf });
    const keyed = { ...w.author.headers, 'idempotency-key': 'media-upload-audit-1' };
    const first = await uploadMedia(t.app, keyed, 'documents', { orgId: w.town.id, file: pdf });
    const again = await uploadMedia(t.app, keyed, 'documents', { orgId: w.town.id, file: pdf });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().data.id).toBe(first.json().data.id);
    const after = await t.asOwner("select count(*)::int as n from audit_log where action = 'content.media.uploaded'");
    expect((after[0]?.n as number) - (before[0]?.n as number)).toBe(1);
  });

  it('serves a PDF with HTTP Range: 206 with the exact bytes, 416 outside it, 200 whole; a stranger still gets 404', async () => {
    const w = await world();
    const pdf = tinyPdf(40);
    const url = await publishedDocument(w, pdf);
    const whole = await get(url, w.member.headers);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-length']).toBe(String(pdf.length));
    expect(whole.rawPayload.equals(pdf)).toBe(true);

    const first = await get(url, { ...w.member.headers, range: 'bytes=0-99' });
    expect(first.statusCode).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-99/${pdf.length}`);
    expect(first.headers['content-length']).toBe('100');
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.rawPayload.equals(pdf.subarray(0, 100))).toBe(true);
    const middle = await get(url, { ...w.member.headers, range: 'bytes=1000-1499' });
    expect(middle.rawPayload.equals(pdf.subarray(1000, 1500))).toBe(true);
    const tail = await get(url, { ...w.member.headers, range: 'bytes=-64' });
    expect(tail.headers['content-range']).toBe(`bytes ${pdf.length - 64}-${pdf.length - 1}/${pdf.length}`);
    expect(tail.rawPayload.equals(pdf.subarray(pdf.length - 64))).toBe(true);

    for (const range of [`bytes=${pdf.length}-`, 'bytes=50-10', 'bytes=x-y']) {
      const res = await get(url, { ...w.member.headers, range });
      expect({ range, status: res.statusCode, code: res.json().error.code }).toEqual({
        range,
        status: 416,
        code: 'RANGE_NOT_SATISFIABLE',
      });
      expect(res.headers['content-range']).toBe(`bytes */${pdf.length}`);
      expect(res.json().error.message).toBeTruthy();
    }

    // Outside the audience a range is refused exactly like a missing file, satisfiable or not.
    const missing = await get('/api/content-media/00000000-0000-4000-8000-000000000000', {
      ...w.stranger.headers,
      range: 'bytes=0-99',
    });
    for (const range of ['bytes=0-99', `bytes=${pdf.length}-`]) {
      const hidden = await get(url, { ...w.stranger.headers, range });
      expect({ status: hidden.statusCode, body: hidden.json() }).toEqual({ status: 404, body: missing.json() });
      expect(hidden.headers['content-range']).toBeUndefined();
    }
    expect((await get(url, { range: 'bytes=0-99' })).statusCode).toBe(401);
  });

  it('removes uploads no content item uses a day later, bytes and row, audited as the system; keeps used and fresh ones', async () => {
    const w = await world();
    const s = t.app.services;
    const up = async (kind: 'images' | 'documents') =>
      (
        await uploadMedia(t.app, w.author.headers, kind, {
          orgId: w.town.id,
          file: kind === 'images' ? await photoWithGps(80, 60) : tinyPdf(),
          name: `${kind}.bin`,
        })
      ).json().data as { id: string; url: string };
    const oldUnusedImage = await up('images');
    const oldUnusedDoc = await up('documents');
    const oldDraftImage = await up('images');
    const oldDraftDoc = await up('documents');
    const oldWithdrawnImage = await up('images');
    const freshUnused = await up('images');
    // Used by a draft article's body, a draft document item, and an item published then withdrawn.
    const draft = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      channel: 'news',
      title: '草稿',
      bodyHtml: `<p>文</p><img src="${oldDraftImage.url}">`,
    });
    expect(draft.json().data.bodyHtml).toContain(oldDraftImage.url);
    const draftDoc = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      kind: 'document',
      channel: 'materials',
      title: '草稿文档',
      bodyHtml: '',
      documentId: oldDraftDoc.id,
    });
    expect(draftDoc.statusCode, draftDoc.body).toBe(201);
    const shown = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      channel: 'news',
      title: '已撤回',
      bodyHtml: `<img src="${oldWithdrawnImage.url}">`,
    });
    const shownId = shown.json().data.id;
    await call('POST', `/api/content/items/${shownId}/submit`, w.author.headers);
    await call('POST', `/api/content/items/${shownId}/approve`, w.reviewer.headers);
    await call('POST', `/api/content/items/${shownId}/withdraw`, w.author.headers);

    const old = [oldUnusedImage, oldUnusedDoc, oldDraftImage, oldDraftDoc, oldWithdrawnImage].map((m) => m.id);
    await t.asOwner("update content_media set created_at = now() - interval '25 hours' where id = any($1::uuid[])", [
      old,
    ]);
    const keysOf = async (id: string) =>
      (await t.asOwner('select storage_key, small_key from content_media where id = $1', [id])).flatMap((r) =>
        [r.storage_key, r.small_key].filter((k): k is string => typeof k === 'string'),
      );
    const goneKeys = [...(await keysOf(oldUnusedImage.id)), ...(await keysOf(oldUnusedDoc.id))];
    expect(goneKeys).toHaveLength(3);
    for (const k of goneKeys) expect(existsSync(s.files.pathOf(k))).toBe(true);

    // Another organisation's unused upload counts too: the clean-up is the system's, across the tree.
    const removed = await removeUnusedMedia(s);
    expect(removed).toBeGreaterThanOrEqual(2);
    const left = await t.asOwner('select id from content_media where id = any($1::uuid[])', [[...old, freshUnused.id]]);
    expect(left.map((r) => r.id).sort()).toEqual(
      [oldDraftImage.id, oldDraftDoc.id, oldWithdrawnImage.id, freshUnused.id].sort(),
    );
    for (const k of goneKeys) expect(existsSync(s.files.pathOf(k))).toBe(false);
    for (const id of [oldDraftImage.id, oldDraftDoc.id, freshUnused.id]) {
      for (const k of await keysOf(id)) expect(existsSync(s.files.pathOf(k))).toBe(true);
    }
    expect((await get(oldUnusedImage.url, w.author.headers)).statusCode).toBe(404);
    expect((await get(oldDraftImage.url, w.author.headers)).statusCode).toBe(200);

    const audit = await t.asOwner(
      "select target_id, actor_account_id, org_id, details from audit_log where action = 'content.media.removed' and target_id = any($1) order by seq",
      [old],
    );
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.target_id).sort()).toEqual([oldUnusedImage.id, oldUnusedDoc.id].sort());
    for (const a of audit) {
      expect(a).toMatchObject({ actor_account_id: null, org_id: w.town.id, details: { reason: 'unused' } });
      expect(a.details).toHaveProperty('uploadedBy', w.author.id);
    }
    expect(audit.map((a) => (a.details as { name: string }).name).sort()).toEqual(['documents.bin', 'images.bin']);
    // A second run finds nothing more of these to remove.
    await removeUnusedMedia(s);
    const again = await t.asOwner("select count(*)::int as n from audit_log where action = 'content.media.removed'");
    expect(again[0]?.n).toBe(removed);
  });
});
