import { readdirSync, readFileSync } from 'node:fs';

// CPU time of processes from /proc (Linux): utime + stime of every live process, in ms. The API
// server runs under tsx (a parent process and the node child), and the embedded PostgreSQL it
// starts hangs below it too, so processes are split by name: postgres vs the rest of the tree.

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Proc = { pid: number; ppid: number; comm: string; cpuMs: number };

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // comm may contain spaces and parentheses: the fields after it start after the last ')'.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const f = stat.slice(close + 2).split(' ');
      out.push({ pid: Number(name), ppid: Number(f[1]), comm, cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** CPU ms of the tree below `rootPid`, split into postgres processes and the others. */
export function treeCpu(rootPid: number): { app: number; postgres: number } {
  const procs = readProcs();
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const result = { app: 0, postgres: 0 };
  const root = procs.find((p) => p.pid === rootPid);
  const queue = root ? [root] : [];
  while (queue.length) {
    const p = queue.pop() as Proc;
    if (p.comm.startsWith('postgres')) result.postgres += p.cpuMs;
    else result.app += p.cpuMs;
    queue.push(...(children.get(p.pid) ?? []));
  }
  return result;
}
