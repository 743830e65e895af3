// The reader worker thread: everything that parses an uploaded spreadsheet runs here, under the
// heap limit its parent set (sheet-reader.ts), so a hostile file can exhaust only this thread, and
// the API's event loop never waits on a parser. It answers one request and is then terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { sniffFormat } from './format.ts';
import { SheetError } from './sheet-error.ts';
import { type Limits, limitedRows, type SheetRow } from './sheet-sources.ts';

export type WorkerRequest =
  | { op: 'inspect'; path: string; name: string | null; limits: Limits }
  | { op: 'rows'; path: string; limits: Limits };

export type WorkerMessage =
  | { t: 'rows'; rows: SheetRow[] }
  | { t: 'end' }
  | { t: 'inspected'; format: string }
  | { t: 'error'; code: string; details?: unknown; message?: string };

const BATCH = 256;
/** Batches sent ahead of the consumer: enough to keep both threads busy, few enough to bound memory. */
export const READ_AHEAD = 2;

const port = parentPort;
if (!port) throw new Error('sheet-worker.ts runs as a worker thread');
const post = (m: WorkerMessage) => port.postMessage(m);

let credit = READ_AHEAD;
let resume: (() => void) | null = null;
port.on('message', (m: { t: string }) => {
  if (m.t !== 'more') return;
  credit++;
  resume?.();
  resume = null;
});

async function send(rows: SheetRow[]) {
  post({ t: 'rows', rows });
  credit--;
  while (credit <= 0) await new Promise<void>((r) => (resume = r));
}

async function run(req: WorkerRequest) {
  if (req.op === 'inspect') {
    // The zip guard has run already, on the API's side (zip-guard.ts), streaming and bounded.
    const format = await sniffFormat(req.path, req.name);
    // Reading the first rows catches what only the parser sees (an encrypted or broken workbook)
    // at upload, rather than in the check an hour later.
    let n = 0;
    for await (const _ of limitedRows(req.path, format, req.limits)) if (++n >= 20) break;
    post({ t: 'inspected', format });
    return;
  }
  // A stored upload passed the same checks when it came in; its bytes have not changed since.
  const format = await sniffFormat(req.path);
  let batch: SheetRow[] = [];
  for await (const row of limitedRows(req.path, format, req.limits)) {
    batch.push(row);
    if (batch.length >= BATCH) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  post({ t: 'end' });
}

run(workerData.request as WorkerRequest).then(
  () => {},
  (e: unknown) => {
    if (e instanceof SheetError) post({ t: 'error', code: e.code, details: e.details });
    // Anything else a parser throws means the file is not what it claims to be.
    else post({ t: 'error', code: 'SPREADSHEET_DAMAGED', message: e instanceof Error ? e.message : String(e) });
  },
);
