// Test helpers: .xlsx files written byte by byte (a zip of the few XML parts a reader needs), so the
// tests can build what no spreadsheet program writes: a cell of 157 million characters, rows 2 and
// 1,048,576, a shared-string table larger than a reader's heap. Deflate makes them tiny on disk.
import { writeFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { crc32, deflateRawSync } from 'node:zlib';

type Entry = { name: string; data: Buffer };

/** A zip of `entries`, deflated, as yauzl and exceljs's reader expect it (no data descriptors). */
export function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data, { level: 6 });
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time and date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * An .xlsx of one sheet. `sheetData` is the inner XML of <sheetData> (rows and cells as written);
 * `sharedStrings` the inner XML of <sst> (e.g. `<si><t>姓名</t></si>`), or a Buffer of it when huge.
 */
export function xlsxParts(sheetData: string, sharedStrings?: string | Buffer): Buffer {
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');
  const entries: Entry[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
  ];
  if (sharedStrings !== undefined) {
    const body = typeof sharedStrings === 'string' ? Buffer.from(sharedStrings, 'utf8') : sharedStrings;
    entries.push({
      name: 'xl/sharedStrings.xml',
      data: Buffer.concat([xml(`<sst xmlns="${NS}">`), body, Buffer.from('</sst>')]),
    });
  }
  entries.push({
    name: 'xl/worksheets/sheet1.xml',
    data: xml(`<worksheet xmlns="${NS}"><sheetData>${sheetData}</sheetData></worksheet>`),
  });
  return zip(entries);
}

/** An inline-string cell, e.g. cell('A2', '张三'). */
export const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const row = (n: number, ...cells: string[]) => `<row r="${n}">${cells.join('')}</row>`;

export async function writeXlsxParts(file: string, sheetData: string, sharedStrings?: string | Buffer) {
  await writeFile(file, xlsxParts(sheetData, sharedStrings));
  return file;
}

/**
 * Runs `work` while sampling this thread's event loop delay (where the API answers requests): its
 * outcome (or the error it threw) and the worst delay in ms.
 */
export async function withLoopDelay<T>(work: () => Promise<T>): Promise<{ outcome: T | Error; maxDelayMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const outcome = await work().catch((e: Error) => e);
  h.disable();
  return { outcome, maxDelayMs: h.max / 1e6 };
}

/** Generous for a shared 2-core machine: a parser on the API's thread blocks it for seconds, not this. */
export const MAX_LOOP_DELAY_MS = 750;
