import { z } from 'zod';

// The notification catalogue: what a notification can say, as data. Each template names its typed
// params (checked when notify() is called) and renders a title and a body in Chinese and English.
// A stored notification keeps only its key and params, so it reads in each reader's language.

type Lang = 'zh' | 'en';
type Text = { title: string; body: string };

export type NotificationTemplate<P extends z.ZodType = z.ZodType> = {
  params: P;
  zh: (p: z.infer<P>) => Text;
  en: (p: z.infer<P>) => Text;
};

const template = <P extends z.ZodType>(t: NotificationTemplate<P>): NotificationTemplate<P> => t;

const short = z.string().min(1).max(200);

export const notificationTemplates = {
  /** A platform announcement from an office. */
  'system.announcement': template({
    params: z.object({ title: short, text: z.string().min(1).max(2000) }),
    zh: (p) => ({ title: p.title, body: p.text }),
    en: (p) => ({ title: p.title, body: p.text }),
  }),
  /** A special quiz opened for the recipient. */
  'quiz.special.published': template({
    params: z.object({ title: short, closesOn: short }),
    zh: (p) => ({ title: `专项答题「${p.title}」已开始`, body: `请在 ${p.closesOn} 前完成答题。` }),
    en: (p) => ({ title: `Special quiz "${p.title}" is open`, body: `Please answer by ${p.closesOn}.` }),
  }),
  /** A member who has not studied for some working days. */
  'learning.reminder': template({
    params: z.object({ days: z.number().int().min(1).max(365) }),
    zh: (p) => ({ title: '学习提醒', body: `您已连续 ${p.days} 个工作日未参加每日答题，请及时学习。` }),
    en: (p) => ({
      title: 'Study reminder',
      body: `You have not taken the daily quiz for ${p.days} working days. Please catch up.`,
    }),
  }),
  /** A supervision warning (数据监督预警) raised for an organisation or a person. */
  'supervision.alert': template({
    params: z.object({ subject: short, rule: short, detail: z.string().max(1000) }),
    zh: (p) => ({ title: `预警：${p.subject}`, body: `${p.rule}。${p.detail}` }),
    en: (p) => ({ title: `Warning: ${p.subject}`, body: `${p.rule}. ${p.detail}` }),
  }),
  /**
   * Supervision: the person is reminded of their own streak (before it is reported), or told it was
   * reported. The headline is rendered by supervision in both languages (it knows its metrics).
   */
  'supervision.reminder': template({
    params: z.object({ rule: short, headlineZh: z.string().max(300), headlineEn: z.string().max(300) }),
    zh: (p) => ({
      title: '学习提醒',
      body: `${p.headlineZh}。请及时完成；如因请假、出差、病休等原因未能完成，请打开本提醒说明情况。`,
    }),
    en: (p) => ({
      title: 'A reminder',
      body: `${p.headlineEn}. Please catch up; if leave, travel or sickness kept you, open this reminder and say so.`,
    }),
  }),
  'supervision.reported.self': template({
    params: z.object({ rule: short, headlineZh: z.string().max(300), headlineEn: z.string().max(300) }),
    zh: (p) => ({
      title: `预警已上报：${p.rule}`,
      body: `${p.headlineZh}，已按规则报告所在单位党组织负责人。如有特殊情况，请打开本提醒说明。`,
    }),
    en: (p) => ({
      title: `Reported: ${p.rule}`,
      body: `${p.headlineEn}; this was reported to your unit's party head under the rule. Open it to explain any special circumstances.`,
    }),
  }),
  /** Supervision: an alert on someone in the recipient's care was reported to them. */
  'supervision.reported': template({
    params: z.object({
      person: short,
      org: short,
      rule: short,
      headlineZh: z.string().max(300),
      headlineEn: z.string().max(300),
    }),
    zh: (p) => ({ title: `预警：${p.person}（${p.org}）`, body: `${p.headlineZh}。规则：${p.rule}。请查看并办结。` }),
    en: (p) => ({
      title: `Warning: ${p.person} (${p.org})`,
      body: `${p.headlineEn}. Rule: ${p.rule}. Please review and close it.`,
    }),
  }),
  /** Supervision: the person explained an alert in the recipient's care. */
  'supervision.explained': template({
    params: z.object({ person: short, rule: short, explanation: z.string().max(1000) }),
    zh: (p) => ({ title: `${p.person} 对预警作了说明`, body: `规则：${p.rule}。说明：${p.explanation}` }),
    en: (p) => ({ title: `${p.person} explained an alert`, body: `Rule: ${p.rule}. Explanation: ${p.explanation}` }),
  }),
  /** Supervision: the person's alert was closed, with its outcome. */
  'supervision.closed': template({
    params: z.object({ rule: short, outcomeZh: short, outcomeEn: short, note: z.string().max(500) }),
    zh: (p) => ({ title: `预警已办结：${p.outcomeZh}`, body: `规则：${p.rule}。${p.note ? `意见：${p.note}` : ''}` }),
    en: (p) => ({ title: `Alert closed: ${p.outcomeEn}`, body: `Rule: ${p.rule}. ${p.note ? `Note: ${p.note}` : ''}` }),
  }),
} as const satisfies Record<string, NotificationTemplate>;

export type TemplateKey = keyof typeof notificationTemplates;
export type TemplateParams<K extends TemplateKey> = z.infer<(typeof notificationTemplates)[K]['params']>;

export const isTemplateKey = (key: string): key is TemplateKey => Object.hasOwn(notificationTemplates, key);

/** Title and body of a stored notification in `lang`; an unknown key (a template since removed) reads plainly. */
export function renderNotification(key: string, params: unknown, lang: Lang): Text {
  if (!isTemplateKey(key)) return { title: key, body: '' };
  const t = notificationTemplates[key] as NotificationTemplate;
  const parsed = t.params.safeParse(params);
  if (!parsed.success) return { title: key, body: '' };
  return t[lang](parsed.data);
}
