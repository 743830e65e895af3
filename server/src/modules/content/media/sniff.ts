import { open } from 'node:fs/promises';

// What an upload is, read from its first bytes (never its name or the browser's content type).

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export function sniffImage(b: Buffer): ImageFormat | null {
  if (b.length < 12) return null;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  const gif = b.toString('latin1', 0, 6);
  if (gif === 'GIF87a' || gif === 'GIF89a') return 'gif';
  return null;
}

/** A PDF starts with `%PDF-` (a few producers put junk before it; readers allow 1 KB of it, we do not). */
export const isPdf = (b: Buffer) => b.toString('latin1', 0, 5) === '%PDF-';

/**
 * The page count when it is cheap to see: page objects written out plainly (`/Type /Page`). A PDF
 * that keeps its objects in compressed streams shows none, and then the count is unknown (null)
 * rather than wrong; the viewer learns it when it opens the file.
 */
export function countPdfPages(b: Buffer): number | null {
  const matches = b.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return matches && matches.length > 0 ? matches.length : null;
}

export async function headOf(path: string, bytes = 64): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
