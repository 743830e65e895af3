import type { ParseArgsConfig } from 'node:util';
import pino from 'pino';
import { allModules } from '../../app.ts';
import type { Config } from '../../config.ts';
import { seedCalendar } from '../../core/calendar/index.ts';
import { registerModules } from '../../core/kernel/index.ts';
import { createAppServices } from '../../core/services.ts';
import { openDatabase } from '../../platform/db/bootstrap.ts';
import { GenerateRefused, generateData } from './generate.ts';
import { type ScaleName, ScaleNames } from './scales.ts';

const say = (msg: string) => console.log(`[hongyun] ${msg}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * `npm run cli -- generate --scale city|province [--seed N] [--as-of YYYY-MM-DD] [--days N]`.
 * `--days N` also generates N days of learning before the as-of date (modules' generate hooks).
 */
export const generateCommand: {
  summary: string;
  options: ParseArgsConfig['options'];
  run: (config: Config, values: Record<string, string | boolean | undefined>) => Promise<number>;
} = {
  summary:
    'load a city or province of generated data into an empty database: --scale city|province [--seed N] [--as-of YYYY-MM-DD] ' +
    '[--days N: N days of learning before the as-of date (~36 % of members active a day, morning and evening peaks; ' +
    'reading, watching, the daily quiz and points in the learning tables only, no quiz papers; 57 leading cadres ' +
    '5+ working days without the daily quiz)]',
  options: {
    scale: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string' },
    days: { type: 'string', default: '0' },
  },
  run: async (config, v) => {
    const scale = v.scale as ScaleName;
    const seed = Number(v.seed);
    const asOf = typeof v['as-of'] === 'string' ? v['as-of'] : undefined;
    const days = Number(v.days);
    if (
      !ScaleNames.includes(scale) ||
      !Number.isSafeInteger(seed) ||
      (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) ||
      !Number.isInteger(days) ||
      days < 0 ||
      days > 366
    ) {
      console.error(`usage: generate --scale ${ScaleNames.join('|')} [--seed N] [--as-of YYYY-MM-DD] [--days 0-366]`);
      return 64;
    }
    if (config.isProduction) {
      console.error('拒绝：生产环境不生成模拟数据 / refused: generated data is never loaded in production');
      return 1;
    }
    registerModules(allModules); // their generate hooks run after the tree and the people
    const rt = await openDatabase(config, say);
    const services = createAppServices(config, rt.database, pino({ level: config.LOG_LEVEL }));
    try {
      // Working days (the learning days, "N working days without a quiz") come from the calendar.
      await seedCalendar(services.db);
      const r = await generateData(services, { scale, seed, asOf, days }, say);
      const rows = r.orgs + r.people + r.memberships + r.accounts + r.grants;
      say(
        `generated ${r.scale} (seed ${r.seed}, as of ${r.asOf}): ${r.orgs} orgs, ${r.people} people, ` +
          `${r.memberships} memberships, ${r.accounts} accounts, ${r.grants} grants`,
      );
      say(
        `time: load ${r.seconds.load.toFixed(1)} s + vacuum analyze ${r.seconds.vacuum.toFixed(1)} s = ` +
          `${r.seconds.total.toFixed(1)} s (${Math.round(rows / r.seconds.load)} rows/s); database ${mb(r.databaseBytes)}`,
      );
      say(`password of every generated account (demo accounts, refused in production): ${r.password}`);
      for (const s of r.samples) say(`  ${s.role.padEnd(16)} ${s.phone}  ${s.label}`);
      return 0;
    } catch (e) {
      if (e instanceof GenerateRefused) {
        console.error(e.message);
        return 1;
      }
      throw e;
    } finally {
      await services.jobs.stop();
      await rt.shutdown();
    }
  },
};
