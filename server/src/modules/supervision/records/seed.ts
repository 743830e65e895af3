import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../core/context.ts';
import type { Ctx, Services } from '../../../platform/context.ts';
import { attachEvidence } from './commands/attach-evidence.ts';
import { recordIntegrityItem } from './commands/record-integrity-item.ts';
import { recordSanction } from './commands/record-sanction.ts';
import { revokeSanction } from './commands/revoke-sanction.ts';
import { recordPerson } from './queries.ts';

// Demo records on top of the demo city: for a few leading cadres of the demo township (the one
// 乡镇组织管理员 administers), decisions taken by the township admin and the city office (one of
// them revoked, one citing an alert when the evaluation left one) and integrity items, one with a
// PDF evidence file. Written through the commands, so events and audit rows are the real ones.

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

async function demoActor(services: Services, role: string, deepest: boolean): Promise<Actor | null> {
  const rows = await services.db.execute<{ account_id: string }>(sql`
    select g.account_id from role_grants g join orgs o on o.id = g.org_id
     where g.role = ${role} and g.revoked_at is null
     order by o.depth ${deepest ? sql`desc` : sql`asc`}, g.created_at limit 1`);
  const id = rows.rows[0]?.account_id;
  return id ? ((await services.identity.loadActor(services.db, id, 'demo-seed')) as Actor | null) : null;
}

export async function seedRecordsDemo(services: Services, say: (msg: string) => void): Promise<void> {
  const done = await services.db.execute(sql`select 1 from supervision_sanctions limit 1`);
  if (done.rows.length > 0) return;
  const townAdmin = await demoActor(services, 'org_admin', true);
  const office = await demoActor(services, 'party_office', false);
  const root = townAdmin?.grants.find((g) => g.role === 'org_admin')?.orgPath;
  if (!townAdmin || !office || !root) return;
  const cadres = await services.db.execute<{ id: string }>(sql`
    select id from people
     where cadre_rank in ('provincial', 'department', 'county') and org_path like ${`${root}%`}
     order by name limit 3`);
  const ctxOf = (actor: Actor): Ctx => ({ ...services, actor, requestId: 'demo-seed', ip: null, lang: 'zh' });
  let sanctions = 0;
  let items = 0;
  for (const [i, { id }] of cadres.rows.entries()) {
    const person = await recordPerson(services.db, id);
    const alert = await services.db.execute<{ id: string }>(
      sql`select id from supervision_alerts where person_id = ${id} order by raised_at limit 1`,
    );
    const alertIds = alert.rows.map((r) => r.id);
    const admin = ctxOf(townAdmin);
    await recordSanction(admin, townAdmin, person, {
      kind: i === 0 ? 'talk' : 'reminder',
      decidedOn: '2026-11-16',
      reason:
        i === 0
          ? '连续 5 个工作日未参加每日答题，由乡镇党委约谈，说明情况并作出改进承诺'
          : '学习积极性不高，提醒按时完成每日学习',
      alertIds,
      source: alertIds.length > 0 ? '' : '学习情况通报（第 46 周）',
    });
    await recordSanction(ctxOf(office), office, person, {
      kind: 'commendation',
      decidedOn: '2026-07-01',
      reason: '“两学一做”学习教育中表现突出，学习积分位居全县前列',
      alertIds: [],
      source: '市委党建办季度学习通报',
    });
    sanctions += 2;
    if (i === 0) {
      const { row } = await recordSanction(admin, townAdmin, person, {
        kind: 'warning',
        decidedOn: '2026-11-20',
        reason: '未按期提交个人学习计划',
        alertIds: [],
        source: '专项检查',
      });
      await revokeSanction(admin, townAdmin, person, row, '经核实已按期提交，系登记有误');
      sanctions++;
    }
    const report = await recordIntegrityItem(ctxOf(office), office, person, {
      kind: 'personal_matters',
      occurredOn: '2026-01-25',
      source: '2025 年度领导干部个人有关事项报告',
      description: '按时如实报告本人婚姻变化、房产、投资及配偶子女从业等情况，经抽查核实无异常',
    });
    await recordIntegrityItem(ctxOf(office), office, person, {
      kind: 'clean_conduct',
      occurredOn: '2026-06-30',
      source: '县纪委廉政档案',
      description: '上半年廉洁自律情况良好，无违反中央八项规定精神问题',
    });
    items += 2;
    if (i === 0) {
      const bytes = demoPdf('Personal matters report 2025 (demo evidence)');
      const key = services.files.newKey('pdf');
      const saved = await services.files.save(key, Readable.from([bytes]));
      await attachEvidence(ctxOf(office), office, person, report, {
        storageKey: key,
        ...saved,
        contentType: 'application/pdf',
        name: '2025年度个人有关事项报告.pdf',
      });
    }
  }
  if (cadres.rows.length > 0)
    say(
      `supervision records: ${sanctions} sanctions, ${items} integrity items for ${cadres.rows.length} leading cadres`,
    );
}
