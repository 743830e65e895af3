// Entry of a spreadsheet reader worker thread. The server runs its TypeScript through tsx, whose
// loader a worker thread does not inherit, so the worker registers it itself and then loads the
// real entry (sheet-worker.ts) named in workerData.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
