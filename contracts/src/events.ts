// The closed catalogue of behaviour-event types ('<module>.<noun>.<verb>'). Each type declares its
// payload (checked when recorded), its label and a summary template in both languages. The server's
// recordEvent accepts only these types, so the record stays readable and every reader (screens,
// rollups, subscribers) can rely on a payload's shape. A new event is a new entry here.
import { z } from 'zod';
import { type EventSpec, spec } from './event-spec.ts';
import { LearningEvents } from './learning-events.ts';
import { RoleLabels, Roles } from './roles.ts';
import {
  actorLabel,
  fillTemplate,
  type Lang,
  type NameLookup,
  nameOf,
  type Ref,
  refVars,
  subjectName,
} from './summary.ts';
import { SupervisionEvents } from './supervision-events.ts';
import { SupervisionRecordEvents } from './supervision-record-events.ts';

const none = z.strictObject({});
const changes = z.strictObject({ changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) });
const count = z.strictObject({ count: z.number().int().nonnegative() });
const roleChange = z.strictObject({ accountId: z.uuid(), role: z.enum(Roles) });
const roleVar = (d: { role: (typeof Roles)[number] }, lang: Lang) => ({ role: RoleLabels[d.role][lang] });

export const EventCatalogue = {
  'org.org.created': spec({
    payload: z.strictObject({
      name: z.string(),
      type: z.string(),
      parentId: z.number().int().nullable(),
      regionCode: z.string().nullable(),
    }),
    label: { zh: '新建组织', en: 'Organisation created' },
    summary: { zh: '{actor} 新建了组织 {org}', en: '{actor} created the organisation {org}' },
  }),
  'org.org.updated': spec({
    payload: changes,
    label: { zh: '修改组织', en: 'Organisation updated' },
    summary: { zh: '{actor} 修改了 {org} 的{fields}', en: "{actor} changed {org}'s {fields}" },
    vars: (d, lang) => ({ fields: Object.keys(d.changes).join(lang === 'zh' ? '、' : ', ') }),
  }),
  'org.org.moved': spec({
    payload: z.strictObject({
      oldParentId: z.number().int().nullable(),
      newParentId: z.number().int(),
      oldPath: z.string(),
      newPath: z.string(),
      orgCount: z.number().int(),
      peopleCount: z.number().int(),
    }),
    label: { zh: '调整上级组织', en: 'Organisation moved' },
    summary: { zh: '{actor} 将 {org} 调整到 {newParent} 之下', en: '{actor} moved {org} under {newParent}' },
    refs: { newParent: { kind: 'org', field: 'newParentId' }, oldParent: { kind: 'org', field: 'oldParentId' } },
  }),
  'org.org.dissolved': spec({
    payload: z.strictObject({ name: z.string() }),
    label: { zh: '撤销组织', en: 'Organisation dissolved' },
    summary: { zh: '{actor} 撤销了组织 {name}', en: '{actor} dissolved the organisation {name}' },
    vars: (d) => ({ name: d.name }),
  }),
  'org.org.modules_updated': spec({
    payload: changes,
    label: { zh: '设置功能模块', en: 'Modules switched' },
    summary: { zh: '{actor} 调整了 {org} 的功能模块', en: "{actor} switched {org}'s modules" },
  }),
  'org.org.imported': spec({
    payload: count,
    label: { zh: '导入组织', en: 'Organisations imported' },
    summary: { zh: '{actor} 向 {org} 导入了 {count} 个组织', en: '{actor} imported {count} organisations into {org}' },
    vars: (d) => ({ count: String(d.count) }),
  }),
  'people.person.registered': spec({
    payload: z.strictObject({ openedBy: z.string() }),
    label: { zh: '登记党员', en: 'Member registered' },
    summary: { zh: '{actor} 在 {org} 登记了党员 {subject}', en: '{actor} registered {subject} in {org}' },
  }),
  'people.person.updated': spec({
    payload: z.strictObject({ fields: z.array(z.string()) }),
    label: { zh: '修改党员信息', en: 'Member updated' },
    summary: { zh: '{actor} 修改了 {subject} 的信息', en: "{actor} updated {subject}'s record" },
  }),
  'people.person.transferred': spec({
    payload: z.strictObject({
      transferId: z.string(),
      fromOrgId: z.number().int(),
      toOrgId: z.number().int(),
      effectiveDate: z.string(),
    }),
    label: { zh: '转接组织关系', en: 'Member transferred' },
    summary: { zh: '{actor} 将 {subject} 转接到 {toOrg}', en: '{actor} transferred {subject} to {toOrg}' },
    refs: { toOrg: { kind: 'org', field: 'toOrgId' }, fromOrg: { kind: 'org', field: 'fromOrgId' } },
  }),
  'people.person.imported': spec({
    payload: count,
    label: { zh: '导入花名册', en: 'Register imported' },
    summary: { zh: '{actor} 向 {org} 导入了 {count} 名党员', en: '{actor} imported {count} members into {org}' },
    vars: (d) => ({ count: String(d.count) }),
  }),
  'accounts.session.started': spec({
    payload: z.strictObject({ kind: z.enum(['cookie', 'bearer']), stage: z.string() }),
    label: { zh: '登录', en: 'Signed in' },
    summary: { zh: '{actor} 登录了系统', en: '{actor} signed in' },
    metric: 'sessions.started',
  }),
  'accounts.account.created': spec({
    payload: z.strictObject({ forPersonId: z.uuid().nullable() }),
    label: { zh: '创建账号', en: 'Account created' },
    summary: { zh: '{actor} 创建了账号 {subject}', en: '{actor} created the account {subject}' },
  }),
  'accounts.account.enabled': spec({
    payload: none,
    label: { zh: '启用账号', en: 'Account enabled' },
    summary: { zh: '{actor} 启用了账号 {subject}', en: '{actor} enabled the account {subject}' },
  }),
  'accounts.account.disabled': spec({
    payload: none,
    label: { zh: '停用账号', en: 'Account disabled' },
    summary: { zh: '{actor} 停用了账号 {subject}', en: '{actor} disabled the account {subject}' },
  }),
  'accounts.account.locale_changed': spec({
    payload: z.strictObject({ locale: z.enum(['zh-CN', 'en']) }),
    label: { zh: '切换界面语言', en: 'Language changed' },
    summary: { zh: '{actor} 将界面语言改为{locale}', en: '{actor} switched the interface to {locale}' },
    vars: (d, lang) => ({
      locale: d.locale === 'en' ? (lang === 'zh' ? '英文' : 'English') : lang === 'zh' ? '中文' : 'Chinese',
    }),
  }),
  'accounts.grant.granted': spec({
    payload: roleChange,
    label: { zh: '授予角色', en: 'Role granted' },
    summary: {
      zh: '{actor} 授予 {account} 在 {org} 的「{role}」角色',
      en: '{actor} granted {account} the role {role} at {org}',
    },
    refs: { account: { kind: 'account', field: 'accountId' } },
    vars: roleVar,
  }),
  'accounts.grant.revoked': spec({
    payload: roleChange,
    label: { zh: '撤销角色', en: 'Role revoked' },
    summary: {
      zh: '{actor} 撤销了 {account} 在 {org} 的「{role}」角色',
      en: "{actor} revoked {account}'s role {role} at {org}",
    },
    refs: { account: { kind: 'account', field: 'accountId' } },
    vars: roleVar,
  }),
  'accounts.delegation.granted': spec({
    payload: z.strictObject({ delegateAccountId: z.uuid(), relation: z.string() }),
    label: { zh: '新建代办授权', en: 'Delegation granted' },
    summary: { zh: '{actor} 授权 {delegate} 代 {person} 办理', en: '{actor} let {delegate} act for {person}' },
    refs: { delegate: { kind: 'account', field: 'delegateAccountId' } },
  }),
  'accounts.delegation.revoked': spec({
    payload: none,
    label: { zh: '撤销代办授权', en: 'Delegation revoked' },
    summary: { zh: '{actor} 撤销了 {person} 的代办授权', en: '{actor} revoked a delegation for {person}' },
  }),
  'accounts.acting_for.started': spec({
    payload: none,
    label: { zh: '开始代办', en: 'Started acting for' },
    summary: { zh: '{actor} 开始代 {person} 办理', en: '{actor} started acting for {person}' },
  }),
  'accounts.acting_for.stopped': spec({
    payload: none,
    label: { zh: '结束代办', en: 'Stopped acting for' },
    summary: { zh: '{actor} 结束代 {person} 办理', en: '{actor} stopped acting for {person}' },
  }),
  ...LearningEvents,
  ...SupervisionEvents,
  ...SupervisionRecordEvents,
} as const;

export type EventType = keyof typeof EventCatalogue;
export const EventTypes = Object.keys(EventCatalogue) as EventType[];
/** The payload a recorder passes for `T` (what the catalogue's schema accepts). */
export type EventPayload<T extends EventType> = z.input<(typeof EventCatalogue)[T]['payload']>;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EventCatalogue, type);
}

export function eventTypeLabel(type: string, lang: Lang): string {
  return isEventType(type) ? EventCatalogue[type].label[lang] : type;
}

/** The event row as readers see it: who, whom, where, what. */
export type SummarisedEvent = {
  type: string;
  actorAccountId: string | null;
  personId: string | null;
  orgId: number | null;
  subjectType: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
};

/** Org, person and account IDs a page of events mentions in payloads, to resolve with the row IDs. */
export function eventRefIds(row: SummarisedEvent): { kind: Ref['kind']; id: string }[] {
  if (!isEventType(row.type)) return [];
  const refs: Record<string, Ref> = EventCatalogue[row.type].refs ?? {};
  return Object.values(refs)
    .map((r) => ({ kind: r.kind, value: row.data[r.field] }))
    .filter((r) => r.value !== null && r.value !== undefined)
    .map((r) => ({ kind: r.kind, id: String(r.value) }));
}

/** One sentence saying what happened, e.g. "王书记 将 张三 转接到 南江社区第一党支部". */
export function renderEventSummary(row: SummarisedEvent, names: NameLookup, lang: Lang): string {
  const actor = actorLabel(names, row.actorAccountId, lang);
  if (!isEventType(row.type)) return `${actor} · ${row.type}`;
  const entry: EventSpec<z.ZodType> = EventCatalogue[row.type];
  const { requestId: _r, ...data } = row.data;
  const parsed = entry.payload.safeParse(data);
  return fillTemplate(
    entry.summary[lang],
    {
      actor,
      person: nameOf(names, 'person', row.personId),
      org: nameOf(names, 'org', row.orgId),
      subject: subjectName(names, row.subjectType, row.subjectId),
      ...refVars(entry.refs, data, names),
      // Rows written before a payload change may not parse; their summary simply lacks those slots.
      ...(parsed.success && entry.vars ? entry.vars(parsed.data, lang) : {}),
    },
    lang,
  );
}
