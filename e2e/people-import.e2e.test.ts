// The member import wizard with a register that has mistakes: the check lists every problem row,
// says nothing was written, offers the report, and the organisation's member count is unchanged.
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { Demo } from './support/accounts.ts';
import { apiAs } from './support/api.ts';
import { idNumber, withWrongCheck } from './support/id-numbers.ts';
import { childOrgs, peopleIn, rootOrgs } from './support/orgs.ts';
import { describe, expect, snap, test } from './support/test.ts';
import { label, overflowX, pickOrg, signIn } from './support/ui.ts';

/** Downloads the wizard's template through its button and returns the workbook. */
async function downloadTemplate(page: Page, panel: Locator): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: label('下载导入模板') }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

/** Fills the template's first sheet below its header, by header text (the "*" of required columns ignored). */
function fillRows(workbook: ExcelJS.Workbook, rows: Record<string, string>[]): void {
  const sheet = workbook.worksheets[0]!;
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columns.set(String(cell.value).replace(/\*$/, ''), col));
  rows.forEach((values, i) => {
    const row = sheet.getRow(2 + i);
    for (const [header, value] of Object.entries(values)) {
      const col = columns.get(header);
      if (!col) throw new Error(`the template has no column ${header}: ${[...columns.keys()].join(', ')}`);
      row.getCell(col).value = value;
    }
    row.commit();
  });
}

describe('member import', () => {
  test('a register with errors shows the problems and the report and writes nothing', async ({ page }) => {
    const township = await apiAs(Demo.townshipAdmin);
    const [own] = await rootOrgs(township);
    // Into one of the township's branches (no sub-organisations, so its count is its own).
    const branch = (await childOrgs(township, own!.id)).find((o) => o.childCount === 0)!;
    const before = (await peopleIn(township, branch.id, 1)).total;

    const good = idNumber('520121', '19490101', '987');
    const member = { 入党时间: '1975-07-01', 党员类别: '正式党员' };
    const rows = [
      { 姓名: '导入测试甲', 身份证号: good, 所在党组织: branch.name, ...member }, // row 2: fine on its own
      {
        姓名: '导入测试乙',
        身份证号: withWrongCheck(idNumber('520121', '19500202', '986')),
        所在党组织: branch.name,
        ...member,
      }, // row 3
      { 姓名: '', 身份证号: idNumber('520121', '19510303', '985'), 所在党组织: branch.name, ...member }, // row 4: no name
      { 姓名: '导入测试丁', 身份证号: idNumber('520121', '19520404', '984'), 所在党组织: '不存在的党支部', ...member }, // row 5
    ];

    await signIn(page, Demo.townshipAdmin);
    await page.goto('/people/import');
    for (const step of ['下载模板', '上传文件', '校验', '确认导入']) {
      await page.getByText(step, { exact: true }).first().waitFor();
    }
    // The member wizard: the active tab when the account may import organisations too (an org
    // admin may), otherwise the page's only wizard.
    const hasTabs = (await page.getByRole('tablist').count()) > 0;
    if (hasTabs) await page.getByRole('tab', { name: '导入党员', selected: true }).waitFor();
    const panel = hasTabs ? page.getByRole('tabpanel').filter({ visible: true }) : page.getByRole('main');
    await pickOrg(page, '导入到组织', branch.name);
    const workbook = await downloadTemplate(page, panel);
    fillRows(workbook, rows);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    await panel.getByRole('button', { name: label('下一步') }).click();
    await panel.locator('input[type=file]').setInputFiles({
      name: '花名册（有错误）.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });

    // The check runs as a background job; its report replaces the progress bar.
    const failed = panel.getByRole('alert').filter({ hasText: '未写入任何数据' });
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.textContent()).toContain('有 3 行未通过校验');
    const table = panel.locator('.ant-table');
    const problemRows = await table.locator('tbody tr.ant-table-row').allTextContents();
    for (const row of [3, 4, 5]) expect(problemRows.some((r) => r.includes(`第 ${row} 行`))).toBe(true);
    expect(problemRows.some((r) => r.includes('第 2 行'))).toBe(false);
    expect(problemRows.find((r) => r.includes('第 3 行'))).toContain('身份证号');
    expect(problemRows.find((r) => r.includes('第 4 行'))).toContain('姓名');
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'people-import-check-failed');

    // The report downloads as a spreadsheet listing the problems.
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: label('下载校验报告') }).click(),
    ]);
    expect(report.suggestedFilename()).toMatch(/\.xlsx$/);
    const reportBook = new ExcelJS.Workbook();
    await reportBook.xlsx.readFile(await report.path());
    const reportText = JSON.stringify(reportBook.worksheets.map((s) => s.getSheetValues()));
    expect(reportText).toContain('导入测试乙');

    // Nothing went in: not the faulty rows, not the good one.
    expect((await peopleIn(township, branch.id, 1)).total).toBe(before);
    const search = await township.get<{ total: number }>('/api/people', { q: '导入测试甲' });
    expect(search.total).toBe(0);
  });
});
