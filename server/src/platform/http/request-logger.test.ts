import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazyChildLoggerFactory } from './request-logger.ts';

// The lazy child must write exactly what Fastify's eager child writes: the request's reqId bound
// on every line, at the levels the logger lets through, and nothing below them.
function appWithLines(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, next) {
      lines.push(JSON.parse(String(chunk)));
      next();
    },
  });
  const app = Fastify({ logger: { level, stream }, childLoggerFactory: lazyChildLoggerFactory });
  app.get('/log', async (req) => {
    req.log.info({ step: 'info' }, 'an info line');
    req.log.warn({ step: 'warn' }, 'a warning');
    req.log.child({ part: 'sub' }).error('from a grandchild');
    return { level: req.log.level };
  });
  return { app, lines };
}

describe('lazy request logger', () => {
  it('binds the reqId to the lines it writes, and writes none below the level', async () => {
    const { app, lines } = appWithLines('warn');
    const res = await app.inject({ url: '/log' });
    expect(res.json()).toEqual({ level: 'warn' });
    const mine = lines.filter((l) => l.reqId);
    expect(mine.map((l) => l.msg)).toEqual(['a warning', 'from a grandchild']);
    expect(mine[0]).toMatchObject({ step: 'warn', level: 40 });
    expect(mine[1]).toMatchObject({ part: 'sub', level: 50 });
    expect(new Set(mine.map((l) => l.reqId)).size).toBe(1);
    await app.close();
  });

  it('writes the info lines (Fastify’s own request lines too) when the level allows them', async () => {
    const { app, lines } = appWithLines('info');
    await app.inject({ url: '/log' });
    const msgs = lines.map((l) => l.msg);
    expect(msgs).toEqual(
      expect.arrayContaining([
        'incoming request',
        'an info line',
        'a warning',
        'from a grandchild',
        'request completed',
      ]),
    );
    const ids = new Set(lines.filter((l) => l.msg !== 'Server listening').map((l) => l.reqId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    await app.close();
  });
});
