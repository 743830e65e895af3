// The member import template: one sheet with the header row the importer looks for, the columns where
// Excel would mangle digits (ID numbers, phones, dates) formatted as text, dropdown lists for the closed
// lists, and a second sheet explaining every column. Its own header reads back through matchHeaderRow.
import ExcelJS from 'exceljs';
import { type ColumnKey, type ColumnSpec, PeopleColumns } from './columns.ts';
import { Ethnicities } from './read-person-row.ts';

export type TemplateLang = 'zh' | 'en';

/** Rows below the header that get the dropdowns and text formats (a large branch fits in this). */
export const TEMPLATE_ROWS = 2000;

// Dropdown values per column. Each is accepted by the row reader (read-person-row.test checks this);
// the English template offers the English values, which the reader accepts too.
export function templateLists(lang: TemplateLang): Partial<Record<ColumnKey, readonly string[]>> {
  const yesNo = lang === 'zh' ? ['是', '否'] : ['Yes', 'No'];
  return lang === 'zh'
    ? {
        gender: ['男', '女'],
        ethnicity: Ethnicities,
        partyStatus: ['正式党员', '预备党员', '群众'],
        cadreRank: ['省部级', '厅局级', '县处级', '乡科级', '科员及以下'],
        fivePersonRole: ['第一书记', '村支书', '村（居）委会主任', '包村干部', '驻村工作队员'],
        isFirstSecretary: yesNo,
        isVillageStationed: yesNo,
      }
    : {
        gender: ['M', 'F'],
        ethnicity: Ethnicities,
        partyStatus: ['full', 'probationary', 'non-member'],
        cadreRank: ['provincial', 'department', 'county', 'section', 'staff'],
        fivePersonRole: ['first_secretary', 'branch_head', 'committee_head', 'township_contact', 'work_team'],
        isFirstSecretary: yesNo,
        isVillageStationed: yesNo,
      };
}

// Lists that offices extend (ethnic groups recognised locally, such as 穿青人) only warn.
const OPEN_LISTS = new Set<ColumnKey>(['ethnicity']);

const TEXT_KINDS = new Set<ColumnSpec['kind']>(['idNumber', 'phone', 'date']);

const WIDTHS: Partial<Record<ColumnSpec['kind'], number>> = { idNumber: 22, phone: 15, date: 14, boolean: 12 };
const WIDE: Partial<Record<ColumnKey, number>> = { orgName: 30, position: 20, fivePersonRole: 18, education: 14 };

/** The header text the template writes: required columns end in "*". */
export function templateHeader(c: ColumnSpec, lang: TemplateLang): string {
  return c.isRequired ? `${c[lang]}*` : c[lang];
}

// exceljs keeps range validations on worksheet.dataValidations but leaves it out of its typings.
type WithValidations = { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

const TEXT = {
  zh: {
    sheet: '党员信息',
    help: '填写说明',
    helpHeader: ['列名', '是否必填', '填写要求'],
    yes: '必填',
    no: '选填',
    org: '二选一必填',
    notes: [
      '第 1 行为表头，请勿修改或删除；从第 2 行起每行填写一名党员。',
      '身份证号、手机号码和日期列已设为文本格式，请勿改为数字格式，否则身份证号后三位会丢失。',
      '组织编号与所在党组织至少填写一项；同名党组织较多时请填写组织编号。',
      '性别、出生日期可不填，将按身份证号自动生成。',
      '示例：张三，520102197001010019，男，汉族，1970-01-01，13812345678，大学本科，1995-07-01，1996-07-01，正式党员。',
    ],
    listError: '请从下拉列表中选择',
  },
  en: {
    sheet: 'Members',
    help: 'Instructions',
    helpHeader: ['Column', 'Required', 'What to enter'],
    yes: 'Required',
    no: 'Optional',
    org: 'One of the two',
    notes: [
      'Row 1 is the header: do not change or delete it. Enter one member per row from row 2.',
      'The ID number, phone and date columns are formatted as text: keep them so, or Excel loses digits.',
      'Give the organisation number or the party organisation name (the number when names repeat).',
      'Gender and birth date may be left blank: they are read from the ID number.',
      'Example: Zhang San, 520102197001010019, M, 汉族, 1970-01-01, 13812345678, 大学本科, 1995-07-01, 1996-07-01, full.',
    ],
    listError: 'Choose a value from the list',
  },
} as const;

function addMembersSheet(wb: ExcelJS.Workbook, lang: TemplateLang): void {
  const t = TEXT[lang];
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = templateLists(lang);
  const header = ws.getRow(1);
  PeopleColumns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDE[c.key] ?? WIDTHS[c.kind] ?? Math.max(10, c[lang].length * (lang === 'zh' ? 2.2 : 1.2) + 2);
    // Text format so Excel keeps the 18 digits of an ID number and does not turn dates into serials.
    if (TEXT_KINDS.has(c.kind)) col.numFmt = '@';
    const cell = header.getCell(i + 1);
    cell.value = templateHeader(c, lang);
    cell.note = c.hint[lang];
    cell.font = { bold: true, color: c.isRequired ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    const list = lists[c.key];
    if (list) {
      const letter = col.letter;
      (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        errorStyle: OPEN_LISTS.has(c.key) ? 'warning' : 'stop',
        error: t.listError,
      });
    }
  });
  header.height = 24;
}

function addHelpSheet(wb: ExcelJS.Workbook, lang: TemplateLang): void {
  const t = TEXT[lang];
  const ws = wb.addWorksheet(t.help);
  ws.columns = [{ width: 22 }, { width: 14 }, { width: 70 }];
  const head = ws.addRow([...t.helpHeader]);
  head.font = { bold: true };
  for (const c of PeopleColumns) {
    const required = c.isRequired ? t.yes : c.key === 'orgId' || c.key === 'orgName' ? t.org : t.no;
    ws.addRow([templateHeader(c, lang), required, c.hint[lang]]);
  }
  ws.addRow([]);
  for (const note of t.notes) ws.addRow([note]).getCell(1).alignment = { wrapText: false };
}

/**
 * Writes the template (.xlsx) to `stream` in the caller's language. The file is small, so it is built
 * in memory; the stream is written but not ended (the caller owns it).
 */
export async function writePeopleTemplate(stream: NodeJS.WritableStream, lang: TemplateLang): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hongyun';
  addMembersSheet(wb, lang);
  addHelpSheet(wb, lang);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await new Promise<void>((resolve, reject) => {
    stream.write(buffer, (err) => (err ? reject(err) : resolve()));
  });
}
