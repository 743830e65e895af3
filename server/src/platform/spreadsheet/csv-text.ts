// A .csv has no declared encoding. Offices' systems write UTF-8 (with or without a BOM), Excel's
// "CSV (逗号分隔)" writes the system code page, which on Chinese Windows is GBK/GB18030, and Excel's
// "Unicode text" writes UTF-16 with a BOM. Valid UTF-8 is taken as UTF-8 (GBK text almost never is);
// anything else is read as GB18030, which covers GBK and GB2312.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectCsvEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The text of a .csv, its BOM dropped. */
export function decodeCsv(bytes: Uint8Array): string {
  return new TextDecoder(detectCsvEncoding(bytes)).decode(bytes);
}
