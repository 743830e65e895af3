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
  opts: { connections: number; amount?: number; seconds?: number; rate?: number; serverPid: number; pgPid: number },
): Promise<Load> {
  let i = 0;
  const times: number[] = [];
  const before = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgPid) };
  const instance = autocannon({
    url,
    connections: opts.connections,
    // A fixed rate over all connections (the morning peak), instead of as fast as possible.
    ...(opts.rate ? { overallRate: opts.rate } : {}),
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
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => times.push(ms));
  const result = await instance;
  const after = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgPid) };
  const n = times.length || 1;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ...stats(times),
    rps: Math.round(times.length / (result.duration || 1)),
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
