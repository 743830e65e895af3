import http from 'node:http';
import autocannon from 'autocannon';
import { median, type Stats, stats } from './lib.ts';
import { treeCpu } from './proc-cpu.ts';

// One autocannon run over a list of distinct requests (each sent once with `amount`, or cycled for
// `seconds`), with every response's latency, req/s, and the CPU the server process tree and
// PostgreSQL spent per request (from /proc, like bench/kernel.ts).

export type Req = { method: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> };
export type Load = Stats & { rps: number; non2xx: number; errors: number; appCpuMs: number; pgCpuMs: number };

export async function load(
  url: string,
  reqs: readonly Req[],
  opts: {
    connections: number;
    amount?: number;
    seconds?: number;
    serverPid: number;
    pgPid: number;
  },
): Promise<Load> {
  let i = 0;
  const times: number[] = [];
  const before = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgPid) };
  const started = performance.now();
  const instance = autocannon({
    url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 8 }),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req: { path: string; method: string; body?: string; headers?: Record<string, string> }) => {
          const r = reqs[i++ % reqs.length] as Req;
          req.path = r.path;
          req.method = r.method;
          req.body = r.body;
          req.headers = { ...req.headers, ...r.headers };
          return req;
        },
      },
    ],
  });
  let lastResponseAt = started;
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => {
    times.push(ms);
    lastResponseAt = performance.now();
  });
  const result = await instance;
  // Wall time of the run, to its last response: autocannon's own duration is coarse, and a run of
  // `amount` requests ends only at its next whole-second tick (10,000 requests in 2.2 s read as 3 s).
  const seconds = ((opts.amount ? lastResponseAt : performance.now()) - started) / 1000;
  const after = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgPid) };
  const n = times.length || 1;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ...stats(times),
    rps: Math.round(times.length / seconds),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    appCpuMs: r3((after.server.app - before.server.app) / n),
    pgCpuMs: r3((after.pg.postgres - before.pg.postgres) / n),
  };
}

/** The median of each figure over runs (non-2xx and errors summed). */
export function medianLoad(xs: Load[]): Load {
  const m = (f: (l: Load) => number) => median(xs.map(f));
  return {
    n: m((x) => x.n),
    p50: m((x) => x.p50),
    p95: m((x) => x.p95),
    p99: m((x) => x.p99),
    max: m((x) => x.max),
    mean: m((x) => x.mean),
    rps: m((x) => x.rps),
    appCpuMs: m((x) => x.appCpuMs),
    pgCpuMs: m((x) => x.pgCpuMs),
    non2xx: xs.reduce((s, x) => s + x.non2xx, 0),
    errors: xs.reduce((s, x) => s + x.errors, 0),
  };
}

export const line = (name: string, l: Load) =>
  `${name}: ${l.rps} req/s, p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} / max ${l.max} ms (n=${l.n}), ` +
  `cpu ${l.appCpuMs} + pg ${l.pgCpuMs} ms/req, non-2xx ${l.non2xx}, errors ${l.errors}`;

/**
 * Sends each request once at a fixed arrival rate, evenly spaced, whatever the answers' latency (an
 * open loop, as members arrive at the peak): autocannon's overallRate gives each connection a whole
 * number of requests per second, fired together on a timer, so 82/s on 50 connections became bursts
 * of 50 once a second. Up to `connections` kept-alive sockets; latency from the request's scheduled
 * time, so a send delayed by a busy client counts against the server, never for it.
 */
export async function loadAtRate(
  url: string,
  reqs: readonly Req[],
  opts: { connections: number; rate: number; serverPid: number; pgPid: number },
): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL(url);
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const before = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgPid) };
  const started = performance.now();
  const send = (r: Req, due: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: r.path,
          method: r.method,
          agent,
          headers: { 'content-type': 'application/json', ...r.headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            times.push(performance.now() - due);
            if ((res.statusCode ?? 0) >= 300) non2xx++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(r.body);
    });
  const pending: Promise<void>[] = [];
  const gap = 1000 / opts.rate;
  for (let i = 0; i < reqs.length; i++) {
    const due = started + i * gap;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((res) => setTimeout(res, wait));
    pending.push(send(reqs[i] as Req, due));
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const after = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgPid) };
  const n = times.length || 1;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ...stats(times.map((t) => Math.round(t * 100) / 100)),
    rps: Math.round(times.length / seconds),
    non2xx,
    errors,
    appCpuMs: r3((after.server.app - before.server.app) / n),
    pgCpuMs: r3((after.pg.postgres - before.pg.postgres) / n),
  };
}
