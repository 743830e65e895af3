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
