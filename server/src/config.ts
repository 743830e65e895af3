import { z } from 'zod';

// Every setting comes from the environment and is checked once at start; a bad value stops the
// process with one message that lists every problem, so an operator fixes them all in one go.
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const key32 = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
  .transform((v) => Buffer.from(v, 'hex'));

// Development-only keys so a fresh clone starts with no setup; production refuses them.
export const DEV_DATA_KEY = '6b0d1e4f8a2c3b5d7e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f';
export const DEV_LOOKUP_KEY = 'f1e2d3c4b5a697887766554433221100ffeeddccbbaa99887766554433221100';
// The audit chain's key under NODE_ENV=test when none is configured (other processes generate one per
// data folder: platform/audit/key.ts).
export const TEST_AUDIT_KEY = '0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e9f';

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // The application's role (row rights only, see README "Database roles"); the embedded server when unset.
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    // The role that owns the tables: migrations run with it, and it grants the application's role its rights.
    DATABASE_OWNER_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
    CRYPTO_PROFILE: z.enum(['standard', 'gm']).default('standard'),
    DATA_KEY: key32.prefault(DEV_DATA_KEY),
    LOOKUP_KEY: key32.prefault(DEV_LOOKUP_KEY),
    // The audit chain's MAC key (README, "Audit log"). Never stored in the database. When unset, it is
    // read from AUDIT_KEY_FILE (DATA_DIR/keys/audit.key by default), generated there 0600 if missing;
    // several machines sharing one database need the same key (set it here or share the file).
    AUDIT_KEY: key32.optional(),
    AUDIT_KEY_FILE: z.string().min(1).optional(),
    // Where the audit chain's head is published every 10 minutes (append-only, one JSON line per
    // head); DATA_DIR/audit-heads.jsonl when unset. Best on storage the database's admins cannot write.
    AUDIT_HEAD_FILE: z.string().min(1).optional(),
    PASSWORD_POLICY: z.enum(['asvs', 'mlps']).default('asvs'),
    PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
    LOCKOUT_THRESHOLD: z.coerce.number().int().min(3).max(20).default(5),
    LOCKOUT_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    LOCKOUT_MAX_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
    COOKIE_SECURE: bool.optional(),
    // Which proxies may set X-Forwarded-For (the client address used for login rate limits and the
    // audit log): 'false' (none, direct clients), 'true' (any: only behind a proxy that overwrites it),
    // 'loopback', or a comma list of proxy addresses/CIDRs.
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|loopback|[\d.:/a-fA-F, ]+)$/, 'true, false, loopback or a comma list of addresses')
      .default('false'),
    // Uploaded registers, import reports and exports; DATA_DIR/files when unset. Several API
    // processes on several machines need a shared directory here.
    FILES_DIR: z.string().min(1).optional(),
    UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1024).default(50),
    // The largest video one upload may carry (videos go to the video library, not the import uploads).
    VIDEO_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(20480).default(2048),
    // The built web app (console and H5) served on the API's port; the repository's web/dist when unset.
    WEB_DIR: z.string().min(1).optional(),
    // Sign-in attempts per client address per minute (the per-account lockout is separate).
    LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(30),
    // The interactive API docs (/api/docs) and /api/openapi.json: public, only for signed-in
    // administrators, or off. Unset: public in development, administrators only in production.
    API_DOCS: z.enum(['public', 'admins', 'off']).optional(),
    SEED_DEMO: bool.default(true),
    WORKER: bool.default(true),
    // API processes on the one port (node:cluster, server/src/cluster.ts); 1 = this process serves.
    API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
    // Notifications' email channel (modules/notify): off while SMTP_HOST is unset (email deliveries
    // then wait in the outbox). SMTP_SECURE: TLS from the start (port 465); else STARTTLS when offered.
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASS: z.string().min(1).optional(),
    SMTP_FROM: z.string().min(3).optional(),
    // Notifications' webhook channel (an SMS or WeChat gateway): JSON POSTed to this URL, signed with
    // HMAC-SHA256 under the secret (header X-Hongyun-Signature: t=<unix seconds>,v1=<hex>). Off while unset.
    NOTIFY_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
    NOTIFY_WEBHOOK_SECRET: z.string().min(16).optional(),
    // External deliveries: attempts before a delivery is marked failed, and the first retry's delay
    // (doubling each time, with jitter, at most an hour).
    NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    NOTIFY_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.SMTP_HOST && !c.SMTP_FROM)
      ctx.addIssue({ code: 'custom', path: ['SMTP_FROM'], message: 'required when SMTP_HOST is set' });
    if (c.SMTP_USER && !c.SMTP_PASS)
      ctx.addIssue({ code: 'custom', path: ['SMTP_PASS'], message: 'required when SMTP_USER is set' });
    if (c.NOTIFY_WEBHOOK_URL && !c.NOTIFY_WEBHOOK_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['NOTIFY_WEBHOOK_SECRET'],
        message: 'required when NOTIFY_WEBHOOK_URL is set',
      });
    if (c.NODE_ENV !== 'production') return;
    if (!c.DATABASE_URL) ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required in production' });
    if (c.DATA_KEY.equals(Buffer.from(DEV_DATA_KEY, 'hex')))
      ctx.addIssue({ code: 'custom', path: ['DATA_KEY'], message: 'the development key is refused in production' });
    if (c.LOOKUP_KEY.equals(Buffer.from(DEV_LOOKUP_KEY, 'hex')))
      ctx.addIssue({ code: 'custom', path: ['LOOKUP_KEY'], message: 'the development key is refused in production' });
  });

export type Config = z.infer<typeof ConfigSchema> & {
  isProduction: boolean;
  cookieSecure: boolean;
  apiDocs: 'public' | 'admins' | 'off';
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in a .env file mean "not set", not "set to empty".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (fix these environment variables):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  return {
    ...c,
    isProduction,
    cookieSecure: c.COOKIE_SECURE ?? isProduction,
    apiDocs: c.API_DOCS ?? (isProduction ? 'admins' : 'public'),
  };
}

/** For entry points: prints the list of problems and exits with EX_CONFIG (78) on a bad configuration. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
}
