import { seedCalendar } from '../core/calendar/index.ts';
import { allSubscribers } from '../core/kernel/index.ts';
import { checkRecordedHead } from '../platform/audit/chain.ts';
import { auditHeadFileOf, readLastHead } from '../platform/audit/head.ts';
import { sealLegacyChain } from '../platform/audit/publish.ts';
import { verifyAgainstPublishedHead } from '../platform/audit/verify.ts';
import { deliverPending } from '../platform/events/dispatcher.ts';
import { createAdmin } from './create-admin.ts';
import { exportCommand, importCommand } from './excel.ts';
import { generateCommand } from './generate/command.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';
import { type Command, say, withServices } from './with-services.ts';

export const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply database migrations (also done at every start)',
    run: async (config) =>
      withServices(config, async (s) => {
        await seedCalendar(s.db);
        say('migrations applied, workday calendar seeded');
        return 0;
      }),
  },
  seed: {
    summary: 'load the demo city (Guizhou divisions, orgs, members, one account per role) if empty',
    run: async (config) => {
      if (config.isProduction) {
        console.error('refused: demo data is never loaded in production');
        return 1;
      }
      return withServices(config, async (s) => {
        const demo = await seedDemoIfEmpty(s, say);
        say(demo ? `demo seeded: ${demo.accounts.length} accounts` : 'database already has data; nothing seeded');
        return 0;
      });
    },
  },
  generate: generateCommand,
  import: importCommand,
  export: exportCommand,
  'verify-audit': {
    summary:
      'recompute the audit chain and check it holds its last published head; exit 2 at a break [--expect SEQ:HASH]',
    options: { expect: { type: 'string' } },
    run: async (config, v) =>
      withServices(config, async (s) => {
        const headFile = auditHeadFileOf(config);
        // A chain from before links were keyed is sealed first, as the worker does at start.
        // Never when the head file cannot be read: that is reported below.
        const published = await readLastHead(headFile, s.crypto).then(
          (head) => ({ head }),
          () => null,
        );
        if (published && (await sealLegacyChain(s, published.head)))
          say('audit chain from before keyed links sealed by a keyed row');
        const r = await verifyAgainstPublishedHead(s);
        if (!r.ok) {
          if (r.reason === 'head_invalid') {
            console.error(`AUDIT HEAD FILE INVALID: the last line of ${headFile} was not written by this system`);
          } else if (r.reason === 'truncated') {
            console.error(
              `AUDIT CHAIN TRUNCATED OR REWRITTEN: the head published in ${headFile} (seq ${r.publishedSeq}) is no longer in the chain`,
            );
          } else {
            console.error(
              `AUDIT CHAIN BROKEN at seq ${r.brokenAtSeq} (${r.reason}); ${r.rows} rows before it verified`,
            );
          }
          return 2;
        }
        say(`audit chain intact: ${r.rows} rows; head ${r.lastSeq}:${r.headHash}`);
        say(
          r.publishedSeq === undefined
            ? `no head published in ${headFile} yet (the worker publishes one every 10 minutes)`
            : `the last published head (seq ${r.publishedSeq}, ${headFile}) is in the chain`,
        );
        if (typeof v.expect === 'string') {
          const [seq, hash] = v.expect.split(':');
          if (!(await checkRecordedHead(s.db, { seq: Number(seq), hash: hash ?? '' }))) {
            console.error(`AUDIT CHAIN TRUNCATED OR REWRITTEN: recorded head ${v.expect} is no longer in the chain`);
            return 2;
          }
          say(`recorded head ${seq} is still in the chain`);
        }
        return 0;
      }),
  },
  'deliver-events': {
    summary: 'run the event subscribers (rollups…) over everything committed so far, then exit',
    run: async (config) =>
      withServices(config, async (s) => {
        say(`events delivered: ${await deliverPending(s, allSubscribers())}`);
        return 0;
      }),
  },
  'create-admin': {
    summary: 'create an administrator: --phone --name --role [--org ID | --org-name NAME --region CODE]',
    options: {
      phone: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'system_admin' },
      org: { type: 'string' },
      'org-name': { type: 'string' },
      region: { type: 'string' },
    },
    run: async (config, v) => {
      if (typeof v.phone !== 'string' || typeof v.name !== 'string') {
        console.error('--phone and --name are required');
        return 64;
      }
      return withServices(config, async (s) => {
        const r = await createAdmin(s, {
          phone: v.phone as string,
          name: v.name as string,
          role: String(v.role),
          orgId: v.org ? Number(v.org) : undefined,
          orgName: typeof v['org-name'] === 'string' ? v['org-name'] : undefined,
          regionCode: typeof v.region === 'string' ? v.region : undefined,
        });
        say(`administrator created at ${r.org.name} (org ${r.org.id}), account ${r.accountId}`);
        say(`initial password (shown once, must be changed at first sign-in): ${r.password}`);
        return 0;
      });
    },
  },
};
