import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';

// Files we create hold personal data (registers, reports and exports carry full ID numbers) or
// secrets (keys, database passwords): they are readable by our own OS user only. Folders are 0700 and
// files 0600, whatever the process umask says.

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` and any missing parents as 0700 (existing folders are left as they are). */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Creates an empty 0600 file (and its 0700 folders) for a writer that opens the path itself, such as
 * exceljs's streaming writer: opening an existing file for writing keeps its mode.
 */
export async function createPrivateFile(filePath: string): Promise<void> {
  await ensurePrivateDir(path.dirname(filePath));
  const handle = await open(filePath, 'w', PRIVATE_FILE_MODE);
  try {
    await handle.chmod(PRIVATE_FILE_MODE); // the file may have existed with another mode
  } finally {
    await handle.close();
  }
}

/** Writes a whole file as 0600 through a temporary name, so a reader never sees half of it. */
export async function writePrivateFile(filePath: string, data: string | Buffer): Promise<void> {
  await ensurePrivateDir(path.dirname(filePath));
  const temp = `${filePath}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, filePath);
}

/**
 * Reads a secret kept in a file, creating it with `make()` when missing. The content is trimmed;
 * a file that anyone else may read is tightened to 0600 on the way.
 */
export async function readOrCreateSecret(filePath: string, make: () => string): Promise<string> {
  try {
    const s = await stat(filePath);
    if ((s.mode & 0o077) !== 0) await chmod(filePath, PRIVATE_FILE_MODE);
    const value = (await readFile(filePath, 'utf8')).trim();
    if (value) return value;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const value = make();
  await writePrivateFile(filePath, `${value}\n`);
  return value;
}

/** Reads a secret file, or null when there is none. */
export async function readSecretIfAny(filePath: string): Promise<string | null> {
  try {
    return (await readFile(filePath, 'utf8')).trim() || null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Tightens a tree made before files were private (0755 folders, 0644 files): folders to 0700 and
 * files to 0600. Symbolic links are not followed.
 */
export async function tightenTree(root: string): Promise<void> {
  let s: Awaited<ReturnType<typeof stat>>;
  try {
    s = await stat(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (!s.isDirectory()) return;
  if ((s.mode & 0o777) !== PRIVATE_DIR_MODE) await chmod(root, PRIVATE_DIR_MODE);
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const p = path.join(root, entry.name);
    if (entry.isDirectory()) await tightenTree(p);
    else if (entry.isFile()) {
      const f = await stat(p);
      if ((f.mode & 0o077) !== 0) await chmod(p, PRIVATE_FILE_MODE);
    }
  }
}
