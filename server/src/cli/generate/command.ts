import type { ParseArgsConfig } from 'node:util';
import pino from 'pino';
import { allModules } from '../../app.ts';
import type { Config } from '../../config.ts';
import { registerModules } from '../../core/kernel/index.ts';
import { createAppServices } from '../../core/services.ts';
import { openDatabase } from '../../platform/db/bootstrap.ts';
import { GenerateRefused, generateData } from './generate.ts';
import { type ScaleName, ScaleNames } from './scales.ts';

const say = (msg: string) => console.log(`[hongyun] ${msg}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** `npm run cli -- generate --scale city|province [--seed N] [--as-of YYYY-MM-DD]` */
export const generateCommand: {
  summary: string;
  options: ParseArgsConfig['options'];
  run: (config: Config, values: Record<string, string | boolean | undefined>) => Promise<number>;
} = {
  summary: 'load a city or province of generated data into an empty database: --scale city|province [--seed N]',
  options: { scale: { type: 'string' }, seed: { type: 'string', default: '1' }, 'as-of': { type: 'string' } },
  run: async (config, v) => {
    const scale = v.scale as ScaleName;
    const seed = Number(v.seed);
    const asOf = typeof v['as-of'] === 'string' ? v['as-of'] : undefined;
    if (!ScaleNames.includes(scale) || !Number.isSafeInteger(seed) || (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))) {
      console.error(`usage: generate --scale ${ScaleNames.join('|')} [--seed N] [--as-of YYYY-MM-DD]`);
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
      const r = await generateData(services, { scale, seed, asOf }, say);
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
