import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { events } from '../../platform/events/table.ts';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { insertStoredVideo } from '../../test/video-fixtures.ts';
import { publishScheduled } from './commands/publish-scheduled.ts';

// 定时发布 and video items, through the API as the console and the phone use them.
describe('scheduled publishing and video items', () => {
  const t = useTestApp();

  async function world() {
    const s = t.app.services;
    const county = await createOrg(s, { name: '定时测试县委', type: 'committee' });
    const town = await createOrg(s, { parent: county, name: '定时测试镇党委', type: 'committee' });
    const branch = await createOrg(s, { parent: town, name: '定时测试村支部' });
    const otherTown = await createOrg(s, { parent: county, name: '定时测试邻镇党委', type: 'committee' });
    const author = await createAccount(s, { grants: [{ role: 'party_office', org: town }] });
    const reviewer = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const person = await createPerson(s, { org: branch });
    const member = await createAccount(s, { person, grants: [{ role: 'member', org: branch }] });
    return { county, town, branch, otherTown, author, reviewer, member, person };
  }
  type World = Awaited<ReturnType<typeof world>>;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: object, payload?: object) =>
    t.app.inject({ method, url, headers: headers as Record<string, string>, payload });
  const publishedEvents = async (id: string) =>
    (
      await t.app.services.db
        .select()
        .from(events)
        .where(and(eq(events.type, 'content.item.published'), eq(events.subjectId, id)))
    ).length;

  async function approved(w: World, body: Record<string, unknown>) {
    const created = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      channel: 'authoritative',
      title: '定时发布的通知',
      bodyHtml: '<p>正文</p>',
      ...body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().data.id;
    expect((await call('POST', `/api/content/items/${id}/submit`, w.author.headers)).statusCode).toBe(200);
    const res = await call('POST', `/api/content/items/${id}/approve`, w.reviewer.headers);
    expect(res.statusCode, res.body).toBe(200);
    return { id, detail: res.json().data };
  }

  it('holds an approved item with a publish time until the cron publishes it, once', async () => {
    const w = await world();
    const at = new Date(Date.now() + 3_600_000);
    const { id, detail } = await approved(w, { publishAt: at.toISOString() });
    expect(detail).toMatchObject({ status: 'scheduled', publishedAt: null, publishAt: at.toISOString() });
    const feed = async () =>
      (await call('GET', '/api/content/feed', w.member.headers)).json().data.map((i: { id: string }) => i.id);
    expect(await feed()).not.toContain(id);
    expect((await call('GET', `/api/content/feed/${id}`, w.member.headers)).statusCode).toBe(404);
    // Not before its time…
    await publishScheduled(t.app.services, new Date(at.getTime() - 60_000));
    expect(await publishedEvents(id)).toBe(0);
    // …then once, however often the cron runs.
    await publishScheduled(t.app.services, new Date(at.getTime() + 1000));
    await publishScheduled(t.app.services, new Date(at.getTime() + 61_000));
    expect(await publishedEvents(id)).toBe(1);
    expect(await feed()).toContain(id);
    const after = (await call('GET', `/api/content/items/${id}`, w.author.headers)).json().data;
    expect(after).toMatchObject({ status: 'published', publishedAt: at.toISOString() });
  });

  it('unschedules by withdrawing, and refuses a publish time in the past as a field', async () => {
    const w = await world();
    const past = await call('POST', '/api/content/items', w.author.headers, {
      orgId: w.town.id,
      channel: 'news',
      title: '过去的时间',
      bodyHtml: '<p>文</p>',
      publishAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.publishAt' }] });
    const at = new Date(Date.now() + 3_600_000);
    const { id } = await approved(w, { publishAt: at.toISOString() });
    const withdrawn = await call('POST', `/api/content/items/${id}/withdraw`, w.author.headers);
    expect(withdrawn.json().data.status).toBe('withdrawn');
    await publishScheduled(t.app.services, new Date(at.getTime() + 1000));
    expect(await publishedEvents(id)).toBe(0);
    // The item is edited again as a draft, the schedule cleared, and goes out on approval.
    const edited = await call('PATCH', `/api/content/items/${id}`, w.author.headers, { publishAt: null });
    expect(edited.json().data).toMatchObject({ status: 'draft', publishAt: null });
  });

  it('makes a video item only of a ready video within the author’s subtrees', async () => {
    const w = await world();
    const foreign = await insertStoredVideo(t.app, w.otherTown, '邻镇的视频');
    const base = { orgId: w.town.id, channel: 'materials', title: '党课视频', bodyHtml: '', kind: 'video' };
    const hidden = await call('POST', '/api/content/items', w.author.headers, { ...base, videoId: foreign.id });
    const missing = await call('POST', '/api/content/items', w.author.headers, {
      ...base,
      videoId: '00000000-0000-4000-8000-000000000000',
    });
    expect({ status: hidden.statusCode, body: hidden.json() }).toEqual({ status: 404, body: missing.json() });
    const processing = await insertStoredVideo(t.app, w.town, '转码中的视频');
    await t.app.services.db.execute(sql`update video_assets set status = 'processing' where id = ${processing.id}`);
    const notReady = await call('POST', '/api/content/items', w.author.headers, { ...base, videoId: processing.id });
    expect(notReady.json().error.code).toBe('CONTENT_VIDEO_NOT_READY');
    const none = await call('POST', '/api/content/items', w.author.headers, base);
    expect(none.json().error.details[0].field).toBe('body.videoId');
    const article = await call('POST', '/api/content/items', w.author.headers, {
      ...base,
      kind: 'article',
      videoId: processing.id,
    });
    expect(article.statusCode).toBe(409);
  });

  it('plays a video item to its audience, and its watching names the item', async () => {
    const w = await world();
    // The video is the branch's; the item reaches the whole town, wider than the video's own subtree.
    const video = await insertStoredVideo(t.app, w.branch, '镇里的党课');
    const { id, detail } = await approved(w, { kind: 'video', videoId: video.id, bodyHtml: '<p>请观看</p>' });
    expect(detail.video).toMatchObject({ id: video.id, status: 'ready' });
    const s = t.app.services;
    const sibling = await createOrg(s, { parent: w.town, name: '定时测试另一支部' });
    const neighbour = await createAccount(s, {
      person: await createPerson(s, { org: sibling }),
      grants: [{ role: 'member', org: sibling }],
    });
    const stranger = await createAccount(s, {
      person: await createPerson(s, { org: w.otherTown }),
      grants: [{ role: 'member', org: w.otherTown }],
    });
    const feed = (await call('GET', '/api/content/feed', neighbour.headers)).json().data;
    expect(feed.find((i: { id: string }) => i.id === id)).toMatchObject({
      kind: 'video',
      posterUrl: `/api/content/feed/${id}/video/poster`,
    });
    // The video's own routes do not know the neighbour; the item's do.
    expect((await call('GET', `/api/videos/${video.id}`, neighbour.headers)).statusCode).toBe(404);
    const player = await call('GET', `/api/content/feed/${id}/video`, neighbour.headers);
    expect(player.statusCode, player.body).toBe(200);
    expect(player.json().data).toMatchObject({ id: video.id, watch: null });
    expect((await call('GET', `/api/content/feed/${id}/video/poster`, neighbour.headers)).statusCode).toBe(200);
    const stream = await t.app.inject({
      method: 'GET',
      url: `/api/content/feed/${id}/video/stream?quality=small`,
      headers: { ...neighbour.headers, range: 'bytes=0-3' },
    });
    expect(stream.statusCode).toBe(206);
    for (const url of [`/api/content/feed/${id}/video`, `/api/content/feed/${id}/video/poster`]) {
      expect((await call('GET', url, stranger.headers)).statusCode).toBe(404);
    }
    const watched = await call('POST', `/api/content/feed/${id}/video/watch`, w.member.headers, { from: 0, to: 15 });
    expect(watched.statusCode, watched.body).toBe(200);
    const [event] = await s.db.select().from(events).where(eq(events.type, 'video.asset.watched'));
    expect(event?.data).toMatchObject({ videoId: video.id, contentId: id, seconds: 15 });
    // An article has no video to play.
    const { id: articleId } = await approved(w, { title: '一篇文章' });
    expect((await call('GET', `/api/content/feed/${articleId}/video`, w.member.headers)).statusCode).toBe(404);
  });
});
