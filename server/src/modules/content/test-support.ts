import sharp from 'sharp';
import type { App } from '../../app.ts';
import { multipartFile } from '../../test/factories.ts';

// Helpers for the content tests (never shipped code paths): a photo with EXIF and GPS made by
// sharp, a tiny PDF, and an upload of either through the API.

/** A 3000×2000 JPEG tagged "rotate 90°" (orientation 6), with a camera make and a GPS position. */
export function photoWithGps(width = 3000, height = 2000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#b22222' } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'HongyunTestCam', Model: 'GPS-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '26/1 35/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 42/1 0/1' },
    })
    .jpeg()
    .toBuffer();
}

/** A small valid two-page PDF (objects written out plainly, so its pages can be counted). */
export function tinyPdf(pages = 2): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function uploadMedia(
  app: App,
  headers: Record<string, string>,
  kind: 'images' | 'documents',
  input: { orgId: number | string; file: Buffer; name?: string; type?: string },
) {
  const file = multipartFile(input.file, input.name ?? 'upload.bin', input.type ?? 'application/octet-stream');
  const boundary = /boundary=(.+)$/.exec(file.headers['content-type'] ?? '')?.[1] ?? '';
  const field = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="orgId"\r\n\r\n${input.orgId}\r\n`);
  return app.inject({
    method: 'POST',
    url: `/api/content-media/${kind}`,
    headers: { ...headers, ...file.headers },
    payload: Buffer.concat([field, file.payload]),
  });
}
