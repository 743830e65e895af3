import { cellText } from './cells.ts';

// Finding the header row of a register and mapping its columns. Offices keep their own layouts: a
// title row above the header, columns in any order, several names for the same column, required marks.

/**
 * Header text as compared: NFKC (full-width → half-width), no spaces or line breaks, ASCII lowercased,
 * and the required-marks offices and our templates add ("*姓名", "姓名*", "姓名（必填）") dropped.
 */
export function normalizeHeader(text: string): string {
  let h = text
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]/g, '')
    .toLowerCase();
  for (;;) {
    const next = h.replace(/^\*+|\*+$/g, '').replace(/\((必填|选填|可选|required|optional)\)$/, '');
    if (next === h) return h;
    h = next;
  }
}

// Columns that carry no data of ours but are common in registers; ignored without a warning.
const IGNORED = new Set(['序号', '编号', 'no', 'no.', '#', '备注', 'remarks']);

// A title row ("XX党支部党员花名册") or a note row matches at most one header by accident; a real
// header names at least two of our columns.
const MIN_KNOWN_COLUMNS = 2;

export type ColumnNames<K extends string> = {
  key: K;
  zh: string;
  en: string;
  aliases: readonly string[];
  isRequired: boolean;
};

export type HeaderMatch<K extends string> = {
  /** Index in the row's values (exceljs row.values is 1-based) → column. */
  columns: Map<number, K>;
  /** Header texts we do not know (and repeated columns after the first), ignored: shown as a warning. */
  unknown: string[];
  /** Required columns not found; for a pair where either will do, the pair's `reportAs`. */
  missingRequired: K[];
};

/**
 * A header matcher for one register's columns. `eitherOf`: columns of which one must be present
 * (an org given by number or by name), reported as `reportAs` when both are missing.
 */
export function createHeaderMatcher<K extends string>(
  columns: readonly ColumnNames<K>[],
  eitherOf: { keys: readonly K[]; reportAs: K },
) {
  const index = new Map<string, K>();
  for (const c of columns) for (const text of [c.zh, c.en, ...c.aliases]) index.set(normalizeHeader(text), c.key);

  /** The column a header text names, or null. A trailing note in brackets is tolerated: "出生日期(年月日)". */
  const columnFor = (text: string): K | null => {
    const h = normalizeHeader(text);
    const direct = index.get(h);
    if (direct) return direct;
    const withoutNote = h.replace(/\([^()]*\)$/, '');
    return withoutNote !== h ? (index.get(withoutNote) ?? null) : null;
  };

  /** Reads one row as a header; null when it does not look like one. `values` as exceljs row.values. */
  const match = (values: readonly unknown[]): HeaderMatch<K> | null => {
    const found = new Map<number, K>();
    const seen = new Set<K>();
    const unknown: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const text = cellText(values[i]);
      if (text === null) continue;
      const key = columnFor(text);
      if (key && !seen.has(key)) {
        seen.add(key);
        found.set(i, key);
      } else if (!IGNORED.has(normalizeHeader(text))) {
        unknown.push(text);
      }
    }
    if (found.size < MIN_KNOWN_COLUMNS) return null;
    const missingRequired = columns.filter((c) => c.isRequired && !seen.has(c.key)).map((c) => c.key);
    if (!eitherOf.keys.some((k) => seen.has(k))) missingRequired.push(eitherOf.reportAs);
    return { columns: found, unknown, missingRequired };
  };

  return { columnFor, match };
}

/**
 * A header cell as the office wrote it, for messages ("手机号码：…"): its text without the required
 * marks ("身份证号*", "姓名（必填）" → "身份证号", "姓名").
 */
export function headerLabel(v: unknown): string {
  const text = cellText(v) ?? '';
  return text.replace(/^\*+|\*+$/g, '').replace(/[（(](必填|选填|可选|required|optional)[)）]$/i, '');
}
