import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../core/context.ts';
import type { Ctx, Services } from '../../../platform/context.ts';
import { attachEvidence } from './commands/attach-evidence.ts';
import { recordIntegrityItem } from './commands/record-integrity-item.ts';
import { recordSanction } from './commands/record-sanction.ts';
import { revokeSanction } from './commands/revoke-sanction.ts';
import { recordPerson } from './queries.ts';

// Demo records on top of the demo city: for a few leading cadres, decisions taken by the org admin
// above them and the city office (one of them revoked, one citing an alert when the evaluation left
// one) and integrity items, one with a PDF evidence file; and a reminder to the demo member, for
// their own page on the phone. Written through the commands, so events and audit rows are real.

/** A one-page PDF saying what it stands for (ASCII: a demo needs no embedded Chinese font). */
function demoPdf(title: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function actorOf(services: Services, accountId: string | undefined): Promise<Actor | null> {
  if (!accountId) return null;
  return (await services.identity.loadActor(services.db, accountId, 'demo-seed')) as Actor | null;
}

/** The account holding `role` nearest above `path` (deepest first), or the topmost one without a path. */
async function demoActor(services: Services, role: string, path?: string | null): Promise<Actor | null> {
  const rows = await services.db.execute<{ account_id: string }>(sql`
    select g.account_id from role_grants g join orgs o on o.id = g.org_id
     where g.role = ${role} and g.revoked_at is null
       and (${path ?? null}::text is null or ${path ?? ''} like o.path || '%')
     order by o.depth ${path ? sql`desc` : sql`asc`}, g.created_at limit 1`);
  return actorOf(services, rows.rows[0]?.account_id);
}

const ctxOf = (services: Services, actor: Actor): Ctx => ({
  ...services,
  actor,
  requestId: 'demo-seed',
  ip: null,
  lang: 'zh',
});

const firstAlert = async (services: Services, personId: string) =>
  (
    await services.db.execute<{ id: string }>(
      sql`select id from supervision_alerts where person_id = ${personId} order by raised_at limit 1`,
    )
  ).rows.map((r) => r.id);

/** The demo member (党员 13800000010) is reminded by their branch secretary: their own record on the phone. */
async function seedMemberReminder(services: Services): Promise<number> {
  const rows = await services.db.execute<{ person_id: string }>(sql`
    select a.person_id from accounts a join role_grants g on g.account_id = a.id
     where g.role = 'member' and g.revoked_at is null and a.person_id is not null
     order by a.created_at limit 1`);
  const personId = rows.rows[0]?.person_id;
  if (!personId) return 0;
  const person = await recordPerson(services.db, personId);
  const secretary = await demoActor(services, 'branch_secretary', person.orgPath);
  if (!secretary || secretary.personId === personId) return 0;
  const alertIds = await firstAlert(services, personId);
  await recordSanction(ctxOf(services, secretary), secretary, person, {
    kind: 'reminder',
    decidedOn: '2026-11-18',
    reason: '本周每日答题参与不足，提醒按时参加学习',
    alertIds,
    source: alertIds.length > 0 ? '' : '支部学习情况通报',
  });
  return 1;
}

export async function seedRecordsDemo(services: Services, say: (msg: string) => void): Promise<void> {
  const done = await services.db.execute(sql`select 1 from supervision_sanctions limit 1`);
  if (done.rows.length > 0) return;
  const office = await demoActor(services, 'party_office');
  if (!office) return;
  // The demo city's leading cadres sit in the city's organs (市直机关): the nearest org admin above
  // each (else the office) and the office decide.
  const cadres = await services.db.execute<{ id: string }>(sql`
    select id from people where cadre_rank in ('provincial', 'department', 'county') order by name limit 3`);
  let sanctions = await seedMemberReminder(services);
  let items = 0;
  const officeCtx = ctxOf(services, office);
  for (const [i, { id }] of cadres.rows.entries()) {
    const person = await recordPerson(services.db, id);
    const adminActor = (await demoActor(services, 'org_admin', person.orgPath)) ?? office;
    const admin = ctxOf(services, adminActor);
    const alertIds = await firstAlert(services, id);
    await recordSanction(admin, adminActor, person, {
      kind: i === 0 ? 'talk' : 'reminder',
      decidedOn: '2026-11-16',
      reason:
        i === 0
          ? '连续 5 个工作日未参加每日答题，约谈本人，说明情况并作出改进承诺'
          : '学习积极性不高，提醒按时完成每日学习',
      alertIds,
      source: alertIds.length > 0 ? '' : '学习情况通报（第 46 周）',
    });
    await recordSanction(officeCtx, office, person, {
      kind: 'commendation',
      decidedOn: '2026-07-01',
      reason: '“两学一做”学习教育中表现突出，学习积分位居全市前列',
      alertIds: [],
      source: '市委党建办季度学习通报',
    });
    sanctions += 2;
    if (i === 0) {
      const { row } = await recordSanction(admin, adminActor, person, {
        kind: 'warning',
        decidedOn: '2026-11-20',
        reason: '未按期提交个人学习计划',
        alertIds: [],
        source: '专项检查',
      });
      await revokeSanction(admin, adminActor, person, row, '经核实已按期提交，系登记有误');
      sanctions++;
    }
    const report = await recordIntegrityItem(officeCtx, office, person, {
      kind: 'personal_matters',
      occurredOn: '2026-01-25',
      source: '2025 年度领导干部个人有关事项报告',
      description: '按时如实报告本人婚姻变化、房产、投资及配偶子女从业等情况，经抽查核实无异常',
    });
    await recordIntegrityItem(officeCtx, office, person, {
      kind: 'clean_conduct',
      occurredOn: '2026-06-30',
      source: '市纪委廉政档案',
      description: '上半年廉洁自律情况良好，无违反中央八项规定精神问题',
    });
    items += 2;
    if (i === 0) {
      const bytes = demoPdf('Personal matters report 2025 (demo evidence)');
      const key = services.files.newKey('pdf');
      const saved = await services.files.save(key, Readable.from([bytes]));
      await attachEvidence(officeCtx, office, person, report, {
        storageKey: key,
        ...saved,
        contentType: 'application/pdf',
        name: '2025年度个人有关事项报告.pdf',
      });
    }
  }
  say(`supervision records: ${sanctions} sanctions, ${items} integrity items for ${cadres.rows.length} leading cadres`);
}
