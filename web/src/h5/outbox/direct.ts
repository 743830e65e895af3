// A first outbox that keeps its items in memory and sends each at once (no persistence, no retry
// after a reload): it keeps the contract of index.ts so screens can be built on it; the IndexedDB
// outbox replaces it.
import { i18n } from '../../i18n/index.ts';
import type { Outbox, OutboxItemView, OutboxWrite } from './index.ts';

const items: OutboxItemView[] = [];
let snapshot: OutboxItemView[] = [];
const listeners = new Set<() => void>();
const changed = () => {
  snapshot = [...items].sort((a, b) => b.createdAt - a.createdAt);
  for (const l of listeners) l();
};

const headers = (key: string): Record<string, string> => ({
  'idempotency-key': key,
  'x-device-time': new Date().toISOString(),
  'x-requested-with': 'fetch',
  'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN',
});

async function answerOf(
  res: Response,
): Promise<{ data?: { id?: string } & Record<string, unknown>; message?: string }> {
  const body = await res.json().catch(() => null);
  if (res.ok) return { data: body?.data };
  return { message: body?.error?.message ?? `HTTP ${res.status}` };
}

async function send(view: OutboxItemView, write: OutboxWrite) {
  view.status = 'sending';
  view.attempts++;
  changed();
  try {
    const body = { ...write.body };
    if (write.files) {
      const ids: string[] = [];
      for (const [i, blob] of write.files.blobs.entries()) {
        const form = new FormData();
        form.append('file', blob, `photo-${i + 1}.jpg`);
        const res = await fetch(write.files.uploadUrl, {
          method: 'POST',
          body: form,
          headers: headers(`${view.id}-file-${i}`),
        });
        const answer = await answerOf(res);
        if (!answer.data?.id) throw new Error(answer.message ?? 'upload failed');
        ids.push(answer.data.id);
      }
      body[write.files.field] = ids;
    }
    const res = await fetch(write.url, {
      method: write.method,
      body: JSON.stringify(body),
      headers: { ...headers(view.id), 'content-type': 'application/json' },
    });
    const answer = await answerOf(res);
    if (!res.ok) throw new Error(answer.message);
    view.status = 'sent';
    view.result = answer.data;
    view.error = undefined;
  } catch (e) {
    view.status = 'failed';
    view.error = e instanceof Error ? e.message : String(e);
  }
  changed();
}

const writes = new Map<string, OutboxWrite>();

export const directOutbox: Outbox = {
  async enqueueWrite(write) {
    const id = crypto.randomUUID();
    const view: OutboxItemView = {
      id,
      kind: write.kind,
      label: write.label,
      status: 'pending',
      createdAt: Date.now(),
      attempts: 0,
    };
    items.push(view);
    writes.set(id, write);
    changed();
    void send(view, write);
    return { id };
  },
  list: () => snapshot,
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  async retry(id) {
    const view = items.find((i) => i.id === id);
    const write = writes.get(id);
    if (view && write && view.status === 'failed') await send(view, write);
  },
  async discard(id) {
    const at = items.findIndex((i) => i.id === id);
    if (at >= 0) items.splice(at, 1);
    writes.delete(id);
    changed();
  },
  async clear() {
    items.length = 0;
    writes.clear();
    changed();
  },
};
