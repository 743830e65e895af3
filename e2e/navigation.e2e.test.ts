// Every demo account signs in through the form and sees exactly the console entries its roles allow.
// The expected menus follow the server's policies: /api/me serves the menu entries the modules' manifests
// declare (server/src/core/*/index.ts), each shown when its ability is true:
//   组织管理   org admin, party office, system admin (manage orgs) or any people reader
//   党员管理   people readers: org admin, party office, branch secretary, monitor
//   花名册导入 people managers who may upload: org admin, party office
//   账号与角色 security admin, org admin, party office
//   代办授权   org admin, branch secretary
//   审计日志   audit admin only (the system admin may not read the audit log: 等保 separation)
//   行为数据   party office, org admin, monitor, branch secretary
//   事件投递   system admin (the event subscribers' delivery state)
//   监督预警, 预警规则, 风险预测  those who watch alerts: party office, org admin, monitor, branch secretary
//              (supervision's policy.ts AlertReaderRoles)
// 工作台, 个人资料, 工作日历 and 我的消息 are everyone's; 学习内容, 学习统计, 积分与学时设置, 视频库 and 题库 go to the offices
// that run learning, and 答题管理 to org admins and party offices (the system admin keeps the bank but sets
// no quizzes).
import { Demo } from './support/accounts.ts';
import { apiOf } from './support/api.ts';
import { describe, expect, snap, test } from './support/test.ts';
import { mainNav, menuLabels, overflowX, signIn } from './support/ui.ts';

const ALL = [
  '工作台',
  '组织管理',
  '党员管理',
  '花名册导入',
  '账号与角色',
  '代办授权',
  '审计日志',
  '行为数据',
  '事件投递',
  '个人资料',
  '工作日历',
  '我的消息',
  '学习内容',
  '学习统计',
  '积分与学时设置',
  '视频库',
  '监督预警',
  '预警规则',
  '风险预测',
  '题库',
  '答题管理',
];
// 工作台, 个人资料, the workday calendar (read-only but for system admins) and 我的消息 are everyone's.
const EVERYONE = ['工作台', '个人资料', '工作日历', '我的消息'];
const only = (...entries: string[]) => ALL.filter((e) => EVERYONE.includes(e) || entries.includes(e));
const LEARNING = ['学习内容', '学习统计', '积分与学时设置', '视频库', '题库', '答题管理'];

const SUPERVISION = ['监督预警', '预警规则', '风险预测'];

const orgAdmin = only(
  '组织管理',
  '党员管理',
  '花名册导入',
  '账号与角色',
  '代办授权',
  '行为数据',
  ...LEARNING,
  ...SUPERVISION,
);
const personal = only();

const expected: { phone: string; who: string; menu: string[]; screenshot?: string }[] = [
  { phone: Demo.systemAdmin, who: 'system admin', menu: only('组织管理', '事件投递', '题库') },
  { phone: Demo.securityAdmin, who: 'security admin', menu: only('账号与角色') },
  { phone: Demo.auditAdmin, who: 'audit admin', menu: only('审计日志') },
  {
    phone: Demo.partyOffice,
    who: 'party office',
    menu: only('组织管理', '党员管理', '花名册导入', '账号与角色', '行为数据', ...LEARNING, ...SUPERVISION),
    screenshot: 'console-home-party-office',
  },
  { phone: Demo.monitor, who: 'monitor', menu: only('组织管理', '党员管理', '行为数据', ...SUPERVISION) },
  { phone: Demo.districtAdmin, who: 'district org admin', menu: orgAdmin },
  { phone: Demo.countyAdmin, who: 'county org admin', menu: orgAdmin },
  { phone: Demo.townshipAdmin, who: 'township org admin', menu: orgAdmin, screenshot: 'console-home-township-admin' },
  {
    phone: Demo.branchSecretary,
    who: 'branch secretary',
    menu: only('组织管理', '党员管理', '代办授权', '行为数据', ...SUPERVISION),
  },
  { phone: Demo.member, who: 'member', menu: personal },
  { phone: Demo.tutor, who: 'tutor', menu: personal },
  { phone: Demo.deptClerk, who: 'department clerk', menu: personal },
  { phone: Demo.warmSecretary, who: 'warm-heart secretary', menu: personal },
  // The relative holds no grants: in the console only the personal entries (they act for the
  // elderly member on the phone app).
  { phone: Demo.relative, who: 'relative (no grants)', menu: personal },
];

describe('console navigation per role', () => {
  for (const account of expected) {
    test(`${account.phone} (${account.who}) sees exactly its entries`, async ({ page }) => {
      await signIn(page, account.phone);
      const menu = await menuLabels(page);
      // On a mismatch, show what the server said the account may do.
      const { data: me } = await apiOf(page).get<{ data: { abilities: Record<string, boolean> } }>('/api/me');
      expect(menu, `abilities: ${JSON.stringify(me.abilities)}`).toEqual(account.menu);
      for (const absent of ALL.filter((e) => !account.menu.includes(e))) {
        await expect.poll(() => mainNav(page).getByText(absent, { exact: true }).count()).toBe(0);
      }
      // The role's home page fits the 1280-wide console without sideways scrolling.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      expect(await overflowX(page)).toBe(0);
      if (account.screenshot) await snap(page, account.screenshot);
    });
  }
});
