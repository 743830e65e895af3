import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import { notify } from './commands/notify.ts';

// A few notifications for every demo sign-in, so the bell and 消息 are not empty (once: a database
// that has any notification is left alone). In-app only: the demo sends nothing outside.
export async function seedNotifyDemo(services: Services, say: (msg: string) => void): Promise<void> {
  const any = await services.db.execute(sql`select 1 from notifications limit 1`);
  if (any.rows.length) return;
  const demo = await services.db.execute<{ id: string }>(sql`select id from accounts where is_demo order by id`);
  const recipients = demo.rows.map((r) => ({ accountId: r.id }));
  if (recipients.length === 0) return;
  const opts = { channels: [] as const };
  // One statement after another (not one transaction), so each has its own time: the urgent quiz is the newest.
  const c = { db: services.db };
  await notify(c, {
    recipients,
    template: 'system.announcement',
    params: { title: '欢迎使用红云智慧党建云平台', text: '在“消息”中查看学习提醒、专项答题和工作通知。' },
    link: '/m',
    ...opts,
  });
  await notify(c, {
    recipients,
    template: 'learning.reminder',
    params: { days: 3 },
    link: '/m/learning/points',
    ...opts,
  });
  await notify(c, {
    recipients,
    template: 'quiz.special.published',
    params: { title: '党章党规知识竞赛', closesOn: '12月31日' },
    urgency: 'urgent',
    link: '/m/quiz',
    ...opts,
  });
  say(`demo notifications: 3 for each of ${recipients.length} demo accounts`);
}
