import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { XLSX_TYPE } from '../files/records.ts';

/**
 * Streams an .xlsx written on the fly (an import template) as a download. The name goes as RFC 6266
 * filename* so Chinese survives; `write` fills the stream and the response ends when it resolves.
 */
export function sendXlsx(reply: FastifyReply, name: string, write: (out: NodeJS.WritableStream) => Promise<void>) {
  const out = new PassThrough();
  void write(out).then(
    () => out.end(),
    (e: Error) => out.destroy(e),
  );
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(out);
}
