import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { CryptoService } from '../context.ts';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../files/private.ts';

// A chain cannot tell that its newest rows were cut off. Its head (seq and link) is therefore
// published on a schedule to a place outside the database: an append-only file of JSON lines
// (DATA_DIR/audit-heads.jsonl, or AUDIT_HEAD_FILE, e.g. on a mount the database's admins cannot
// write; `chattr +a` makes the OS keep it append-only). Each line carries a MAC under the audit key,
// so a line written by anyone else is told apart. `verify-audit` checks the chain against the last line.

export type PublishedHead = { seq: number; hash: string; at: string };

export const auditHeadFileOf = (config: Pick<Config, 'AUDIT_HEAD_FILE' | 'DATA_DIR'>) =>
  path.resolve(config.AUDIT_HEAD_FILE ?? path.join(config.DATA_DIR, 'audit-heads.jsonl'));

export class HeadFileError extends Error {}

const lineMac = (crypto: CryptoService, h: PublishedHead) =>
  crypto.audit.mac('hmac-sha256', `audit-head|${h.seq}|${h.hash}|${h.at}`);

/** How much of the file's end is read for its last line (a line is about 200 bytes). */
const TAIL_BYTES = 4096;

/** The last head published to `file`, or null when nothing was published there yet. */
export async function readLastHead(file: string, crypto: CryptoService): Promise<PublishedHead | null> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const length = Math.min(size, TAIL_BYTES);
  const handle = await open(file, 'r');
  let tail: string;
  try {
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    tail = buffer.toString('utf8');
  } finally {
    await handle.close();
  }
  const last = tail
    .split('\n')
    .filter((l) => l.trim() !== '')
    .at(-1);
  if (last === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(last);
  } catch {
    throw new HeadFileError(`${file}: the last line is not a published head`);
  }
  const h = parsed as Partial<PublishedHead & { mac: string }>;
  if (
    typeof h.seq !== 'number' ||
    typeof h.hash !== 'string' ||
    typeof h.at !== 'string' ||
    typeof h.mac !== 'string'
  ) {
    throw new HeadFileError(`${file}: the last line is not a published head`);
  }
  const head = { seq: h.seq, hash: h.hash, at: h.at };
  if (lineMac(crypto, head) !== h.mac) {
    throw new HeadFileError(
      `${file}: the last published head does not carry this system's MAC (written by someone else?)`,
    );
  }
  return head;
}

/** Appends one head line (0600 file, 0700 folder; O_APPEND so concurrent writers never interleave). */
export async function appendHead(file: string, crypto: CryptoService, head: PublishedHead): Promise<void> {
  await ensurePrivateDir(path.dirname(file));
  const handle = await open(file, 'a', PRIVATE_FILE_MODE);
  try {
    await handle.appendFile(`${JSON.stringify({ ...head, mac: lineMac(crypto, head) })}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
