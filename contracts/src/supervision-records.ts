// Supervision records (数据监督 · 激励惩戒与诚信档案), shared by the server and the web.
// A sanction record is one decision about a person — a commendation (the positive incentive) or a
// reminder, a talk, a warning (the negative discipline) — with the alerts or results that caused
// it and who decided it. An integrity item is one entry of a leading cadre's personal integrity
// record (领导干部个人诚信档案), readable by the party-building office and org admins only. Neither
// is ever deleted: a mistaken one is revoked with a reason and stays, shown as revoked.
import { z } from 'zod';
import { CalendarDay } from './calendar.ts';

export const RecordLimits = {
  reasonMax: 1000,
  sourceMax: 200,
  descriptionMax: 2000,
  revokeReasonMax: 500,
  /** Alerts one decision may cite. */
  alertIdsMax: 20,
  /** An evidence file: a scanned report or a photographed document. */
  evidenceMaxBytes: 20 * 1024 * 1024,
} as const;

export const SanctionKinds = ['commendation', 'reminder', 'talk', 'warning'] as const;
export type SanctionKind = (typeof SanctionKinds)[number];
export const SanctionKindLabels: Record<SanctionKind, { zh: string; en: string }> = {
  commendation: { zh: '表扬', en: 'Commendation' },
  reminder: { zh: '提醒', en: 'Reminder' },
  talk: { zh: '约谈', en: 'Talk' },
  warning: { zh: '警示', en: 'Warning' },
};
/** Which mechanism a kind belongs to: the positive incentive (激励) or the negative discipline (惩戒). */
export const SanctionPolarity: Record<SanctionKind, 'incentive' | 'discipline'> = {
  commendation: 'incentive',
  reminder: 'discipline',
  talk: 'discipline',
  warning: 'discipline',
};

export const IntegrityKinds = ['personal_matters', 'clean_conduct', 'credit', 'other'] as const;
export type IntegrityKind = (typeof IntegrityKinds)[number];
export const IntegrityKindLabels: Record<IntegrityKind, { zh: string; en: string }> = {
  personal_matters: { zh: '个人有关事项报告', en: 'Personal matters report' },
  clean_conduct: { zh: '廉洁自律', en: 'Clean conduct' },
  credit: { zh: '信用记录', en: 'Credit record' },
  other: { zh: '其他', en: 'Other' },
};

/** Cadre ranks whose holders keep an integrity record (县处级以上领导干部). */
export const LeadingCadreRanks = ['provincial', 'department', 'county'] as const;

/** The evidence types accepted, recognised by their bytes (never by the name the browser gives). */
export const EvidenceContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const CreateSanctionRequest = z.strictObject({
  kind: z.enum(SanctionKinds),
  decidedOn: CalendarDay,
  reason: text(RecordLimits.reasonMax),
  /** Supervision alerts about the same person that led to the decision. */
  alertIds: z.array(z.uuid()).max(RecordLimits.alertIdsMax).default([]),
  /** Free text for a cause that is not an alert (an evaluation result, an inspection). */
  source: z.string().trim().max(RecordLimits.sourceMax).default(''),
});
export type CreateSanctionRequest = z.input<typeof CreateSanctionRequest>;

export const RevokeRecordRequest = z.strictObject({ reason: text(RecordLimits.revokeReasonMax) });

export const CreateIntegrityItemRequest = z.strictObject({
  kind: z.enum(IntegrityKinds),
  occurredOn: CalendarDay,
  source: text(RecordLimits.sourceMax),
  description: text(RecordLimits.descriptionMax),
});
export type CreateIntegrityItemRequest = z.input<typeof CreateIntegrityItemRequest>;

const AccountRef = z.object({ accountId: z.uuid(), name: z.string() });

const Revocation = z.object({
  revokedAt: z.string(),
  revokedBy: AccountRef,
  reason: z.string(),
});

export const SanctionAlertRef = z.object({
  id: z.uuid(),
  ruleName: z.string(),
  /** The streak's first missed working day, or the period's first day. */
  periodKey: z.string(),
  raisedAt: z.string(),
});

export const SanctionView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  kind: z.enum(SanctionKinds),
  decidedOn: z.string(),
  reason: z.string(),
  source: z.string(),
  alerts: z.array(SanctionAlertRef),
  decidedBy: AccountRef,
  createdAt: z.string(),
  revocation: Revocation.nullable(),
});
export type SanctionView = z.infer<typeof SanctionView>;

export const SanctionResponse = z.object({ data: SanctionView });
export const SanctionListResponse = z.object({
  data: z.array(SanctionView),
  /** Whether the caller may record and revoke this person's sanctions. */
  canWrite: z.boolean(),
});

export const EvidenceView = z.object({
  name: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
});

export const IntegrityItemView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  kind: z.enum(IntegrityKinds),
  occurredOn: z.string(),
  source: z.string(),
  description: z.string(),
  evidence: EvidenceView.nullable(),
  recordedBy: AccountRef,
  createdAt: z.string(),
  revocation: Revocation.nullable(),
});
export type IntegrityItemView = z.infer<typeof IntegrityItemView>;

export const IntegrityItemResponse = z.object({ data: IntegrityItemView });
export const IntegrityItemListResponse = z.object({
  data: z.array(IntegrityItemView),
  canWrite: z.boolean(),
  /** Only leading cadres (county rank and above) keep an integrity record; others have none. */
  isLeadingCadre: z.boolean(),
});

/**
 * What the person page may show of the two records. `sanctions.count` and `integrity.count` are
 * live records (revoked ones left out). The integrity count is told only to those who may read the
 * person's sanctions but not their integrity record ("有 3 条诚信记录"); to anyone else it is null.
 */
export const PersonRecordSummary = z.object({
  sanctions: z.object({ canRead: z.boolean(), canWrite: z.boolean(), count: z.number().nullable() }),
  integrity: z.object({
    canRead: z.boolean(),
    canWrite: z.boolean(),
    isLeadingCadre: z.boolean(),
    count: z.number().nullable(),
  }),
});
export const PersonRecordSummaryResponse = z.object({ data: PersonRecordSummary });
