// The organisation import template: one sheet with the header row the importer looks for (region
// codes and phones formatted as text so Excel keeps their digits, a dropdown for the type), and a
// second sheet explaining every column. Its header reads back through matchOrgHeaderRow.
import ExcelJS from 'exceljs';
import { type OrgColumnKey, type OrgColumnSpec, OrgColumns } from './columns.ts';

export type TemplateLang = 'zh' | 'en';

/** Rows below the header that get the dropdown (a county's organisations fit in this). */
export const ORG_TEMPLATE_ROWS = 2000;

/** Values offered by the type dropdown; each is accepted by the row reader (template test checks). */
export const TYPE_LIST: Record<TemplateLang, readonly string[]> = {
  zh: ['党委', '党工委', '党总支', '党支部', '党小组'],
  en: ['committee', 'general branch', 'branch', 'group'],
};

const TEXT_KINDS = new Set<OrgColumnSpec['kind']>(['region', 'phone']);
const WIDTHS: Partial<Record<OrgColumnKey, number>> = {
  name: 32,
  shortName: 14,
  type: 12,
  parentName: 32,
  parentId: 14,
  region: 16,
  contactPhone: 16,
  address: 30,
};

/** The header text the template writes: required columns end in "*". */
export function orgTemplateHeader(c: OrgColumnSpec, lang: TemplateLang): string {
  return c.isRequired ? `${c[lang]}*` : c[lang];
}

// exceljs keeps range validations on worksheet.dataValidations but leaves it out of its typings.
type WithValidations = { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

const TEXT = {
  zh: {
    sheet: '党组织信息',
    help: '填写说明',
    helpHeader: ['列名', '是否必填', '填写要求'],
    yes: '必填',
    no: '选填',
    parent: '二选一必填',
    notes: [
      '第 1 行为表头，请勿修改或删除；从第 2 行起每行填写一个党组织。',
      '上级组织须是导入时所选组织本身或其下级组织，也可以是本表中前面已填写的组织，因此请按从上到下的顺序填写（先党委，后支部）。',
      '同一上级组织下不能有同名组织；党小组下不能再设下级组织。',
      '行政区划代码和联系电话列已设为文本格式，请勿改为数字格式。',
      '示例：中共XX镇委员会，XX镇党委，党委，中共XX县委员会，，520102016000，0851-12345678，XX镇XX路1号，106.713，26.578，1。',
      '示例：中共XX村支部委员会，XX村党支部，党支部，中共XX镇委员会（本表前面一行），，，13812345678。',
    ],
    listError: '请从下拉列表中选择',
  },
  en: {
    sheet: 'Organisations',
    help: 'Instructions',
    helpHeader: ['Column', 'Required', 'What to enter'],
    yes: 'Required',
    no: 'Optional',
    parent: 'One of the two',
    notes: [
      'Row 1 is the header: do not change or delete it. Enter one organisation per row from row 2.',
      'The parent must be the organisation chosen for the import or one below it, or an earlier row of this sheet: enter committees before their branches.',
      'Names must be unique under the same parent; a group cannot have organisations below it.',
      'The region code and phone columns are formatted as text: keep them so.',
      'Example: 中共XX镇委员会, XX镇党委, committee, 中共XX县委员会, , 520102016000, 0851-12345678, …, 106.713, 26.578, 1.',
    ],
    listError: 'Choose a value from the list',
  },
} as const;

function addOrgSheet(wb: ExcelJS.Workbook, lang: TemplateLang): void {
  const t = TEXT[lang];
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.getRow(1);
  OrgColumns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[c.key] ?? 12;
    // Text format so Excel keeps a region code's 12 digits and a landline's leading 0.
    if (TEXT_KINDS.has(c.kind)) col.numFmt = '@';
    const cell = header.getCell(i + 1);
    cell.value = orgTemplateHeader(c, lang);
    cell.note = c.hint[lang];
    cell.font = { bold: true, color: c.isRequired ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    if (c.key === 'type') {
      (ws as unknown as WithValidations).dataValidations.add(`${col.letter}2:${col.letter}${ORG_TEMPLATE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${TYPE_LIST[lang].join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        error: t.listError,
      });
    }
  });
  header.height = 24;
}

function addHelpSheet(wb: ExcelJS.Workbook, lang: TemplateLang): void {
  const t = TEXT[lang];
  const ws = wb.addWorksheet(t.help);
  ws.columns = [{ width: 22 }, { width: 14 }, { width: 80 }];
  ws.addRow([...t.helpHeader]).font = { bold: true };
  for (const c of OrgColumns) {
    const required = c.isRequired ? t.yes : c.key === 'parentName' || c.key === 'parentId' ? t.parent : t.no;
    ws.addRow([orgTemplateHeader(c, lang), required, c.hint[lang]]);
  }
  ws.addRow([]);
  for (const note of t.notes) ws.addRow([note]);
}

/** The template as an in-memory workbook (small), for the route and for tests that fill it in. */
export function buildOrgTemplate(lang: TemplateLang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hongyun';
  addOrgSheet(wb, lang);
  addHelpSheet(wb, lang);
  return wb;
}

/** Writes the template (.xlsx) to `stream` in the caller's language; the stream is not ended. */
export async function writeOrgTemplate(stream: NodeJS.WritableStream, lang: TemplateLang): Promise<void> {
  const buffer = Buffer.from(await buildOrgTemplate(lang).xlsx.writeBuffer());
  await new Promise<void>((resolve, reject) => {
    stream.write(buffer, (err) => (err ? reject(err) : resolve()));
  });
}
