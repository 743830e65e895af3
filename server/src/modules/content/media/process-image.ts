import { ContentLimits } from '@hongyun/contracts';
import sharp from 'sharp';
import { AppError } from '../../../platform/errors.ts';

// Article images are re-encoded, never served as uploaded: a phone photo carries EXIF with the
// place it was taken (GPS), the camera and the time, and readers must never get them. sharp writes
// no metadata unless asked (we never ask), turns the pixels upright by the EXIF orientation first
// (so dropping the tag does not leave the picture on its side), and bounds what a hostile file can
// make it decode (limitInputPixels). A GIF keeps only its first frame: study articles need no
// animation, and a still is a fraction of the bytes on a phone.

export type Rendition = { bytes: Buffer; width: number; height: number; contentType: string };

async function render(input: Buffer, width: number, hasAlpha: boolean): Promise<Rendition> {
  const pipeline = sharp(input, { limitInputPixels: ContentLimits.imageMaxPixels, animated: false, failOn: 'error' })
    .rotate()
    .resize({ width, withoutEnlargement: true });
  // Transparency needs PNG; everything else is a JPEG, which every phone browser shows.
  const out = hasAlpha
    ? pipeline.png({ compressionLevel: 9, palette: false })
    : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true });
  const { data, info } = await out.toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height, contentType: hasAlpha ? 'image/png' : 'image/jpeg' };
}

/** The full width and the phone's width of an uploaded image; a file sharp cannot decode is a 422. */
export async function processImage(input: Buffer): Promise<{ full: Rendition; small: Rendition }> {
  try {
    const meta = await sharp(input, { limitInputPixels: ContentLimits.imageMaxPixels, animated: false }).metadata();
    const hasAlpha = meta.hasAlpha === true && meta.format !== 'jpeg';
    const full = await render(input, ContentLimits.imageWidth, hasAlpha);
    const small = await render(input, ContentLimits.imageSmallWidth, hasAlpha);
    return { full, small };
  } catch {
    throw new AppError('CONTENT_IMAGE_UNREADABLE');
  }
}
