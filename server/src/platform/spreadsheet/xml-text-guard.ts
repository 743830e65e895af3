import { SpreadsheetLimits } from '@hongyun/contracts';
import { SheetError } from './sheet-error.ts';

// A spreadsheet's XML parts are parsed by libraries that build every text node and attribute as one
// string before anyone can look at it: a 460 KB .xlsx holding one cell of 157 million characters
// exhausts the heap inside the parser. This guard reads the same inflated bytes first, chunk by
// chunk, and stops at the first text run or tag longer than any real workbook has, so the parsers
// only ever see bounded strings. It knows only '<' and '>' and a few element names, not XML.

/** Excel's cell limit in characters; in bytes a character may take up to 8 (`&#x4E00;`). */
const MAX_CELL_TEXT_BYTES = SpreadsheetLimits.maxCellChars * 8;
/** No tag of a workbook part comes near this (attributes are short: refs, styles, formats). */
const MAX_TAG_BYTES = 64 * 1024;

// Elements whose text is one cell's: xlsx cells and shared strings (a string's rich-text runs add up),
// ODS cells. Text elsewhere (styles, properties) is checked node by node only.
const CELL_ELEMENTS = new Set(['c', 'si', 'is', 'table-cell', 'covered-table-cell']);

const LT = 0x3c;
const GT = 0x3e;

export type XmlTextGuard = { write(chunk: Buffer): void; end(): void };

// Local names of CELL_ELEMENTS as bytes, compared without building strings: the guard sees every tag
// of a 150 MB sheet, on the API's side, and must cost next to nothing per tag.
const CELL_NAMES = [...CELL_ELEMENTS].map((n) => Buffer.from(n, 'latin1'));
const NAME_BYTES = 40;

function isDelimiter(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x2f || b === GT;
}

export function createXmlTextGuard(partName: string): XmlTextGuard {
  let inTag = false;
  const head = new Uint8Array(NAME_BYTES); // the current tag's first bytes, enough for its name
  let headLength = 0;
  let tagBytes = 0;
  let lastTagByte = 0; // '/' before '>' closes the element in the same tag
  let nodeBytes = 0;
  let cellBytes = 0;
  let inCell = false;

  const tooLong = () => new SheetError('SPREADSHEET_CELL_TOO_LONG', { part: partName });
  const isCellElement = (start: number): boolean => {
    let end = start;
    let local = start;
    while (end < headLength && !isDelimiter(head[end] as number)) {
      if (head[end] === 0x3a) local = end + 1; // table:table-cell → table-cell
      end++;
    }
    if (end === headLength && headLength === NAME_BYTES) return false; // a name this long is none of ours
    const n = end - local;
    return CELL_NAMES.some((name) => name.length === n && name.every((b, k) => head[local + k] === b));
  };
  const tagEnded = () => {
    const closing = head[0] === 0x2f;
    if (isCellElement(closing ? 1 : 0)) {
      inCell = !closing && lastTagByte !== 0x2f;
      cellBytes = 0;
    }
    headLength = 0;
    tagBytes = 0;
    lastTagByte = 0;
  };

  return {
    write(chunk) {
      let i = 0;
      while (i < chunk.length) {
        if (inTag) {
          const end = chunk.indexOf(GT, i);
          const stop = end === -1 ? chunk.length : end;
          for (let j = i; j < stop && headLength < NAME_BYTES; j++) head[headLength++] = chunk[j] as number;
          tagBytes += stop - i;
          if (stop > i) lastTagByte = chunk[stop - 1] as number;
          if (tagBytes > MAX_TAG_BYTES) throw tooLong();
          if (end === -1) return;
          inTag = false;
          tagEnded();
          i = end + 1;
        } else {
          const start = chunk.indexOf(LT, i);
          const stop = start === -1 ? chunk.length : start;
          nodeBytes += stop - i;
          if (inCell) cellBytes += stop - i;
          if (nodeBytes > MAX_CELL_TEXT_BYTES || cellBytes > MAX_CELL_TEXT_BYTES) throw tooLong();
          if (start === -1) return;
          inTag = true;
          nodeBytes = 0;
          i = start + 1;
        }
      }
    },
    end() {
      if (inTag && tagBytes > MAX_TAG_BYTES) throw tooLong();
    },
  };
}

/** Whether a zip entry is XML a reader parses (the guard is for those; images and binaries are not parsed). */
export const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);
