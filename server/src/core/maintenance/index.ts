import { sql } from 'drizzle-orm';
import { deleteExpiredFiles } from '../../platform/files/records.ts';
import { defineModule } from '../kernel/index.ts';

/**
 * Housekeeping every deployment needs, as one hourly cron (pg-boss runs it on one worker at a time,
 * across every process): next months' event partitions, expired idempotency keys, sessions and
 * sign-in throttles, and uploads, reports and exports past their expiry (they hold personal data).
 */
export const maintenanceModule = defineModule({
  id: 'maintenance',
  crons: [
    {
      name: 'maintenance.hourly',
      cron: '7 * * * *',
      runAtStart: true,
      run: async (services) => {
        const { db } = services;
        await db.execute(sql`select ensure_event_partitions(now(), 3)`);
        await db.execute(sql`delete from idempotency_keys where created_at < now() - interval '7 days'`);
        await db.execute(sql`delete from sessions where expires_at < now() - interval '30 days'`);
        // Sign-in throttles idle for two days count nothing any more (rate windows last a minute,
        // failure runs 24 h); a lock still running is kept until it ends.
        await db.execute(
          sql`delete from login_throttles where updated_at < now() - interval '2 days' and (locked_until is null or locked_until <= now())`,
        );
        while ((await deleteExpiredFiles(services)) > 0);
      },
    },
  ],
});
