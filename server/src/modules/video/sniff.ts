import { open } from 'node:fs/promises';

// What an upload is, read from its first bytes (never its name or the browser's content type):
// ISO base media (MP4, MOV, 3GP: an 'ftyp' box, or QuickTime's older leading boxes), Matroska and
// WebM (the EBML magic, told apart by the doctype), AVI (RIFF…AVI), FLV, MPEG program and transport
// streams. Anything else is refused before a transcoder ever sees it.

export const VideoFormats = ['mp4', 'mov', 'webm', 'mkv', 'avi', 'flv', 'mpeg'] as const;
export type VideoFormat = (typeof VideoFormats)[number];

const QUICKTIME_LEADING_BOXES = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

export function sniffVideoBytes(b: Buffer): VideoFormat | null {
  if (b.length < 12) return null;
  const box = b.toString('latin1', 4, 8);
  if (box === 'ftyp') return b.toString('latin1', 8, 12) === 'qt  ' ? 'mov' : 'mp4';
  if (QUICKTIME_LEADING_BOXES.has(box)) return 'mov';
  if (b.readUInt32BE(0) === 0x1a45dfa3) return b.subarray(0, 64).includes('webm', 0, 'latin1') ? 'webm' : 'mkv';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'AVI ') return 'avi';
  if (b.toString('latin1', 0, 3) === 'FLV') return 'flv';
  if (b.readUInt32BE(0) === 0x000001ba) return 'mpeg';
  if (b[0] === 0x47 && b.length > 188 && b[188] === 0x47) return 'mpeg';
  return null;
}

export async function sniffVideoFile(path: string): Promise<VideoFormat | null> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(256), 0, 256, 0);
    return sniffVideoBytes(buffer.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}
