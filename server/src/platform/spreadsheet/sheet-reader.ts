import { Worker } from 'node:worker_threads';
import { ErrorCatalog, type ErrorCode, type SpreadsheetFormat, SpreadsheetLimits } from '@hongyun/contracts';
import { AppError } from '../errors.ts';
import type { Limits, SheetRow } from './sheet-sources.ts';
import type { WorkerMessage, WorkerRequest } from './sheet-worker.ts';

export type { SheetRow };

// Spreadsheets are parsed in a worker thread, one per read, never in the API's thread: a parser that
// spins or fills its heap on a hostile file takes only that thread with it. The worker's heap is
// capped (resourceLimits), and a worker that makes no progress for READ_STALL_MS is stopped; either
// way the read fails with SPREADSHEET_UNREADABLE, which the job reports and never retries, while the
// process and its API go on. Rows come back in batches, at most READ_AHEAD ahead of the consumer.
// At most MAX_READERS workers run at once per process.

/** Reader workers running in this process now (for tests). */
export const runningReaders = () => readers;

export type ReaderOptions = {
  /** The worker's old-space heap; a register of 170,000 rows needs well under half of it. */
  heapMb?: number;
  /** How long the worker may work without sending anything. */
  stallMs?: number;
  limits?: Partial<Limits>;
};

const READER_HEAP_MB = 768;
const READ_STALL_MS = 5 * 60_000;

// Each reader may take its whole heap: a few uploads of hostile files at once must not add up to more
// memory than the machine has. Reads beyond this wait for a free slot (in arrival order).
const MAX_READERS = 2;
let readers = 0;
const waiting: (() => void)[] = [];
async function takeSlot(): Promise<() => void> {
  if (readers >= MAX_READERS) await new Promise<void>((r) => waiting.push(r));
  else readers++;
  let isFree = false;
  return () => {
    if (isFree) return;
    isFree = true;
    const next = waiting.shift();
    if (next)
      next(); // the slot passes straight on
    else readers--;
  };
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./sheet-worker.ts', import.meta.url).href;

type Session = {
  next(): Promise<WorkerMessage>;
  more(): void;
  close(): Promise<void>;
};

function unreadable(reason: 'memory' | 'time' | 'crash'): AppError {
  return new AppError('SPREADSHEET_UNREADABLE', { reason });
}

function startWorker(request: WorkerRequest, opts: ReaderOptions): Session {
  const worker = new Worker(BOOT, {
    workerData: { entry: ENTRY, request },
    resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? READER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    stdout: true, // nothing a parser prints belongs in the server's log
    stderr: true,
  });
  worker.stdout.resume(); // drained and dropped
  worker.stderr.resume();
  const stallMs = opts.stallMs ?? READ_STALL_MS;
  const queue: WorkerMessage[] = [];
  let failure: AppError | null = null;
  let wake: (() => void) | null = null;
  let credit = 2; // as READ_AHEAD in the worker: batches it may send before waiting
  let stall: NodeJS.Timeout | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const arm = () => {
    if (stall) clearTimeout(stall);
    stall = null;
    if (credit > 0 && !failure) {
      stall = setTimeout(() => {
        failure = unreadable('time');
        void worker.terminate();
        notify();
      }, stallMs);
    }
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.t === 'rows') credit--;
    else credit = 0; // a final answer: the worker has nothing more to do
    queue.push(m);
    arm();
    notify();
  });
  worker.on('error', (e: Error & { code?: string }) => {
    failure ??= unreadable(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash');
    notify();
  });
  worker.on('exit', () => {
    failure ??= unreadable('crash');
    if (stall) clearTimeout(stall);
    notify();
  });
  arm();
  return {
    async next() {
      for (;;) {
        const m = queue.shift();
        if (m) return m;
        if (failure) throw failure;
        await new Promise<void>((r) => (wake = r));
      }
    },
    more() {
      credit++;
      worker.postMessage({ t: 'more' });
      arm();
    },
    async close() {
      if (stall) clearTimeout(stall);
      credit = 0;
      failure ??= unreadable('crash');
      await worker.terminate();
    },
  };
}

function fromWorker(m: Extract<WorkerMessage, { t: 'error' }>): AppError {
  const code = (m.code in ErrorCatalog ? m.code : 'SPREADSHEET_DAMAGED') as ErrorCode;
  return new AppError(code, m.details);
}

const limitsOf = (opts: ReaderOptions): Limits => ({ ...SpreadsheetLimits, ...opts.limits });

/**
 * Streams the rows of every sheet of a stored spreadsheet (.xlsx, .xls/.et, .ods or .csv, told by its
 * bytes) in the shape exceljs gives (1-based sparse `values`), checked against SpreadsheetLimits as it
 * goes. A broken or hostile file ends the stream with an AppError saying what is wrong.
 */
export async function* readSheetRows(path: string, opts: ReaderOptions = {}): AsyncGenerator<SheetRow> {
  const free = await takeSlot();
  let session: Session;
  try {
    session = startWorker({ op: 'rows', path, limits: limitsOf(opts) }, opts);
  } catch (e) {
    free();
    throw e;
  }
  try {
    for (;;) {
      const m = await session.next();
      if (m.t === 'end') return;
      if (m.t === 'error') throw fromWorker(m);
      if (m.t !== 'rows') throw unreadable('crash');
      session.more();
      yield* m.rows;
    }
  } finally {
    await session.close();
    free();
  }
}

/**
 * The upload's checks that need a parser, in a reader worker: the format by its bytes (an OLE2 file's
 * directory tells .xls from Word or an encrypted .xlsx; `name` only lets a .csv in) and its first
 * rows readable. A zip has passed the zip guard first (zip-guard.ts).
 */
export async function inspectSpreadsheet(
  path: string,
  name: string | null,
  opts: ReaderOptions = {},
): Promise<SpreadsheetFormat> {
  const free = await takeSlot();
  try {
    const session = startWorker({ op: 'inspect', path, name, limits: limitsOf(opts) }, opts);
    try {
      const m = await session.next();
      if (m.t === 'error') throw fromWorker(m);
      if (m.t !== 'inspected') throw unreadable('crash');
      return m.format as SpreadsheetFormat;
    } finally {
      await session.close();
    }
  } finally {
    free();
  }
}
