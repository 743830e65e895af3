// The phone's outbox: every write of the village-work modules (check-ins, work records with photos,
// questions to tutors) is queued here and sent when the network allows, each with its own
// Idempotency-Key, so a retry never writes twice. Screens call `enqueueWrite` and show what
// `useOutbox` lists; they never call fetch for these writes themselves.
//
// THE CONTRACT (kept by every implementation):
// - `enqueueWrite` resolves once the write is stored on the phone (not when it is sent).
// - An item is a JSON write (`method`, `url`, `body`), optionally preceded by file uploads: each blob
//   of `files.blobs` is POSTed as multipart (field `file`) to `files.uploadUrl`, in order, with the key
//   `<item key>-file-<index>` (the kernel accepts only letters, digits, - and _); each answer's `data.id` is collected, in order, into `body[files.field]`
//   before the JSON write is sent with the item's own key.
// - Every request carries `Idempotency-Key` and `X-Device-Time` (the phone's clock at sending, ISO
//   8601), so the server can correct times measured on a phone whose clock is wrong.
// - A 4xx answer other than 408/409/425/429 fails the item for good (its message is kept, for the
//   pending list); a network error, 5xx or those codes leave it pending, retried with back-off.
import { useSyncExternalStore } from 'react';
import { directOutbox } from './direct.ts';

export type OutboxWrite = {
  /** What kind of write, e.g. 'attendance.punch', 'village.record', 'tutoring.question'. */
  kind: string;
  /** What the pending list shows, in the UI language, e.g. "签到 · 08:02". */
  label: string;
  method: 'POST' | 'PUT' | 'PATCH';
  url: string;
  body: Record<string, unknown>;
  files?: { field: string; uploadUrl: string; blobs: Blob[] };
};

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export type OutboxItemView = {
  id: string;
  kind: string;
  label: string;
  status: OutboxStatus;
  /** When it was queued (ms since epoch). */
  createdAt: number;
  attempts: number;
  /** The server's message (or the network's) for a failed or retried item. */
  error?: string;
  /** The JSON write's answer `data`, once sent. */
  result?: unknown;
};

export type Outbox = {
  enqueueWrite(write: OutboxWrite): Promise<{ id: string }>;
  list(): OutboxItemView[];
  subscribe(listener: () => void): () => void;
  retry(id: string): Promise<void>;
  discard(id: string): Promise<void>;
  /** Signing out: everything queued and cached on the phone is removed. */
  clear(): Promise<void>;
};

export const outbox: Outbox = directOutbox;

export const enqueueWrite = (write: OutboxWrite) => outbox.enqueueWrite(write);

/** The outbox's items, newest first; re-renders when any changes. */
export function useOutbox(): OutboxItemView[] {
  return useSyncExternalStore(outbox.subscribe, outbox.list, outbox.list);
}
