// The behaviour events of the supervision records: a sanction (表扬、提醒、约谈、警示) recorded about
// a person or revoked. The event's person is the person the decision is about, its subject the
// sanction. Integrity items are not behaviour data: their writes and every read go to the audit log.
import { z } from 'zod';
import { spec } from './event-spec.ts';
import { SanctionKindLabels, SanctionKinds } from './supervision-records.ts';

const sanctionRef = { sanctionId: z.uuid(), kind: z.enum(SanctionKinds) };

export const SupervisionRecordEvents = {
  'supervision.sanction.recorded': spec({
    payload: z.strictObject({
      ...sanctionRef,
      decidedOn: z.string(),
      alertCount: z.number().int().nonnegative(),
    }),
    label: { zh: '记录激励惩戒', en: 'Sanction recorded' },
    summary: {
      zh: '{actor} 记录了对 {person} 的{kind}（{decidedOn}）',
      en: '{actor} recorded a {kind} for {person} ({decidedOn})',
    },
    vars: (d, lang) => ({
      kind: lang === 'zh' ? SanctionKindLabels[d.kind].zh : SanctionKindLabels[d.kind].en.toLowerCase(),
      decidedOn: d.decidedOn,
    }),
  }),
  'supervision.sanction.revoked': spec({
    payload: z.strictObject(sanctionRef),
    label: { zh: '撤销激励惩戒', en: 'Sanction revoked' },
    summary: { zh: '{actor} 撤销了对 {person} 的{kind}', en: '{actor} revoked the {kind} of {person}' },
    vars: (d, lang) => ({
      kind: lang === 'zh' ? SanctionKindLabels[d.kind].zh : SanctionKindLabels[d.kind].en.toLowerCase(),
    }),
  }),
} as const;
