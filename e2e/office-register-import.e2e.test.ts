// Issue 10's "Must show": a township register in the office's own layout (a title row, the column
// names of the national 党员信息采集表 and of common registers, a column we do not keep) goes through
// the import wizard. The check names the unused column, reports every problem of a row at once with
// the row's name, suggests the branch's formal name for its everyday short form, and once the file
// is fixed everything is written.
// Offices still keep .xls: the same layout saved in that format goes through the same wizard.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { Demo } from './support/accounts.ts';
import { apiAs, apiOf } from './support/api.ts';
import { idNumber } from './support/id-numbers.ts';
import { childOrgs, peopleIn, rootOrgs } from './support/orgs.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { label, overflowX, pickOrg, signIn, signInPhone } from './support/ui.ts';

const HEADER = [
  '序号',
  '姓名',
  '性别',
  '出生年月',
  '公民身份号码',
  '籍贯',
  '学位',
  '入党年月',
  '转正年月',
  '人员类别',
  '工作单位及职务',
  '家庭住址',
  '联系电话',
  '所在党支部',
];

/** The register as an office keeps it: a merged title row above the header. */
async function registerXlsx(title: string, rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('党员花名册');
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, HEADER.length);
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same register in the old binary format (BIFF8, what Excel 97–2003 and WPS write as .xls). */
function registerXls(title: string, rows: unknown[][]): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([[title], HEADER, ...rows]), '党员花名册');
  return XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer;
}

/** One register row in HEADER's order: a male member of `branch`, with `cells` overriding the defaults. */
function registerRow(n: number, name: string, id: string, branch: string, cells: Partial<Record<string, string>>) {
  const values: Record<string, string | number> = {
    序号: n,
    姓名: name,
    性别: '男',
    出生年月: `${id.slice(6, 10)}.${id.slice(10, 12)}`,
    公民身份号码: id,
    籍贯: '贵州修文',
    学位: '学士',
    入党年月: '1985-07-01',
    转正年月: '1986-07-01',
    人员类别: '正式党员',
    工作单位及职务: '村委会 委员',
    家庭住址: '修文县龙场镇1号',
    联系电话: '13900001234',
    所在党支部: branch,
    ...cells,
  };
  return HEADER.map((h) => values[h] ?? '');
}

/** A branch with the formal name of the demo city (中共XX村支部委员会) and no sub-organisations. */
async function formalLeafBranch(township: Awaited<ReturnType<typeof apiAs>>) {
  const [own] = await rootOrgs(township);
  return (await childOrgs(township, own!.id)).find(
    (o) => o.childCount === 0 && /^中共.+[^总]支部委员会$/.test(o.name),
  )!;
}

async function uploadTo(panel: Locator, name: string, buffer: Buffer): Promise<void> {
  await panel.locator('input[type=file]').setInputFiles({
    name,
    mimeType: name.endsWith('.xls')
      ? 'application/vnd.ms-excel'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

async function problemRows(panel: Locator): Promise<string[]> {
  return panel.locator('.ant-table tbody tr.ant-table-row').allTextContents();
}

async function openWizard(page: Page, branchName: string): Promise<Locator> {
  await page.goto('/people/import');
  const hasTabs = (await page.getByRole('tablist').count()) > 0;
  if (hasTabs) await page.getByRole('tab', { name: '导入党员', selected: true }).waitFor();
  const panel = hasTabs ? page.getByRole('tabpanel').filter({ visible: true }) : page.getByRole('main');
  await pickOrg(page, '导入到组织', branchName);
  await panel.getByRole('button', { name: label('下一步') }).click();
  return panel;
}

describe('an office register imports', () => {
  test('unused columns named, every problem of a row at once, everything written once fixed', async ({
    page,
    pages,
  }) => {
    const township = await apiAs(Demo.townshipAdmin);
    const branch = await formalLeafBranch(township);
    const shortName = branch.name.replace(/^中共(.+)支部委员会$/, '$1党支部'); // as offices say it
    const before = (await peopleIn(township, branch.id, 1)).total;

    const first = idNumber('520121', '19600315', '117'); // male
    const second = idNumber('520121', '19620520', '215'); // male
    const row = (n: number, name: string, id: string, cells: Partial<Record<string, string>>) =>
      registerRow(n, name, id, branch.name, cells);
    const title = `${branch.name}党员花名册`;
    const faulty = await registerXlsx(title, [
      row(1, '花名册甲', first, {}),
      // Three problems in one row: gender against the ID number, a bad phone, the everyday short name.
      row(2, '花名册乙', second, { 性别: '女', 联系电话: '1390000', 所在党支部: shortName }),
    ]);

    await signIn(page, Demo.townshipAdmin);
    const panel = await openWizard(page, branch.name);
    await uploadTo(panel, '花名册.xlsx', faulty);

    const failed = panel.getByRole('alert').filter({ hasText: '未写入任何数据' });
    await failed.waitFor({ timeout: 60_000 });
    await panel.getByText('以下列未导入：学位').waitFor();
    const rows = await problemRows(panel);
    const ofSecond = rows.filter((r) => r.includes('第 4 行'));
    expect(ofSecond).toHaveLength(3); // all of the row's problems in one round
    expect(ofSecond.every((r) => r.includes('花名册乙'))).toBe(true);
    expect(ofSecond.some((r) => r.includes('性别'))).toBe(true);
    expect(ofSecond.some((r) => r.includes('联系电话'))).toBe(true);
    expect(ofSecond.find((r) => r.includes('所在党支部'))).toContain(branch.name); // the formal name, offered
    expect(rows.some((r) => r.includes('第 3 行'))).toBe(false);
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'office-register-check-failed');

    // The same screen on a phone-sized window: nothing runs off the side.
    const narrow = await pages.open({ viewport: { width: 390, height: 844 } });
    await signIn(narrow, Demo.townshipAdmin);
    const narrowPanel = await openWizard(narrow, branch.name);
    await uploadTo(narrowPanel, '花名册.xlsx', faulty);
    await narrowPanel.getByText('以下列未导入：学位').waitFor({ timeout: 60_000 });
    expect(await overflowX(narrow)).toBe(0);
    await snap(narrow, 'office-register-check-failed-390');

    // Fixed as the table says: the check passes and goes on to the confirmation, which writes both.
    const fixed = await registerXlsx(title, [row(1, '花名册甲', first, {}), row(2, '花名册乙', second, {})]);
    await panel.getByRole('button', { name: label('重新上传修改后的文件') }).click();
    await uploadTo(panel, '花名册（已修改）.xlsx', fixed);
    await panel.getByText('以下列未导入：学位').waitFor({ timeout: 60_000 });
    const confirm = panel.getByRole('button', { name: label('确认导入 2 行') });
    await confirm.waitFor({ timeout: 60_000 });
    await confirm.click();
    await panel.getByText('导入完成：已写入 2 名党员').waitFor({ timeout: 60_000 });
    await snap(page, 'office-register-written');

    expect((await peopleIn(township, branch.id, 1)).total).toBe(before + 2);
    const found = await township.get<{ data: { id: string }[] }>('/api/people', { q: '花名册乙' });
    const person = await township.get<{ data: Record<string, unknown> }>(`/api/people/${found.data[0]!.id}`);
    expect(person.data).toMatchObject({
      joinDate: '1985-07-01',
      fullMemberDate: '1986-07-01',
      partyStatus: 'full',
      nativePlace: '贵州修文',
      workUnit: '村委会 委员',
      birthDate: `${second.slice(6, 10)}-${second.slice(10, 12)}-${second.slice(12, 14)}`,
    });

    // The record shows the new fields, the address in full to the township admin; the edit dialog has them.
    for (const [p, suffix] of [
      [page, ''],
      [narrow, '-390'],
    ] as const) {
      await p.goto(`/people/${found.data[0]!.id}`);
      await p.getByText('修文县龙场镇1号').waitFor();
      await p.getByText('贵州修文').waitFor();
      expect(await overflowX(p)).toBe(0);
      await snap(p, `office-register-person${suffix}`);
      await p.getByRole('button', { name: label('编辑') }).click();
      const dialog = p.getByRole('dialog');
      await dialog.getByLabel('工作单位及职务').waitFor();
      expect(await dialog.getByLabel('家庭住址').inputValue()).toBe('修文县龙场镇1号');
      await snap(p, `office-register-person-edit${suffix}`);
    }
  });

  test('the same register kept as .xls checks and writes alike', async ({ page }) => {
    const township = await apiAs(Demo.townshipAdmin);
    const branch = await formalLeafBranch(township);
    const before = (await peopleIn(township, branch.id, 1)).total;
    const row = (n: number, name: string, id: string) =>
      registerRow(n, name, id, branch.name, {
        学位: '',
        入党年月: '1990-07-01',
        转正年月: '1991-07-01',
        工作单位及职务: '村务监督委员会 主任',
      });
    const xls = registerXls(`${branch.name}党员花名册`, [
      row(1, '旧表甲', idNumber('520121', '19580101', '131')),
      row(2, '旧表乙', idNumber('520121', '19590202', '151')),
    ]);
    await signIn(page, Demo.townshipAdmin);
    const panel = await openWizard(page, branch.name);
    await uploadTo(panel, '花名册（旧版）.xls', xls);
    await panel.getByText('以下列未导入：学位').waitFor({ timeout: 60_000 });
    const confirm = panel.getByRole('button', { name: label('确认导入 2 行') });
    await confirm.waitFor({ timeout: 60_000 });
    await snap(page, 'office-register-xls-checked');
    await confirm.click();
    await panel.getByText('导入完成：已写入 2 名党员').waitFor({ timeout: 60_000 });
    expect((await peopleIn(township, branch.id, 1)).total).toBe(before + 2);
    const found = await township.get<{ data: { id: string }[] }>('/api/people', { q: '旧表乙' });
    const person = await township.get<{ data: Record<string, unknown> }>(`/api/people/${found.data[0]!.id}`);
    expect(person.data).toMatchObject({ joinDate: '1990-07-01', partyStatus: 'full', workUnit: '村务监督委员会 主任' });
  });

  test('a member sees their native place, work unit and home address on the phone', async ({ pages }) => {
    const page = await pages.open(PHONE);
    await signInPhone(page, Demo.member);
    const { data: me } = await apiOf(page).get<{ data: { account: { personId: string } } }>('/api/me');
    const office = await apiAs(Demo.partyOffice); // city-wide rights: the member's record is theirs to edit
    await office.call('PATCH', `/api/people/${me.account.personId}`, {
      nativePlace: '贵州息烽',
      workUnit: '息烽县某村村委会 文书',
      address: '息烽县永靖镇某村2组15号',
    });
    await page.goto('/m/profile');
    await page.getByText('贵州息烽').waitFor();
    await page.getByText('息烽县永靖镇某村2组15号').waitFor(); // their own: in full
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'h5-profile-register-fields');
  });
});
