import {
  ActingForRequest,
  ActingForResponse,
  ChangePasswordRequest,
  LoginRequest,
  LoginResponse,
  OkResponse,
  SetupTotpResponse,
  StageResponse,
  TotpCodeRequest,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors.ts';
import { requireActor } from '../../auth/auth-hook.ts';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from '../../auth/known-device.ts';
import { hitRateLimit } from '../../auth/rate-limit.ts';
import { SESSION_COOKIE, type SessionStage } from '../../auth/sessions.ts';
import { changePassword } from '../commands/change-password.ts';
import { disableTotp } from '../commands/disable-totp.ts';
import { enableTotp } from '../commands/enable-totp.ts';
import { logIn } from '../commands/log-in.ts';
import { logOut } from '../commands/log-out.ts';
import { setupTotp } from '../commands/setup-totp.ts';
import { startActingFor } from '../commands/start-acting-for.ts';
import { stopActingFor } from '../commands/stop-acting-for.ts';
import { presentAccountSelf } from '../presenter.ts';
import { getSessionState } from '../queries.ts';

/** Login attempts allowed per IP address per minute (on top of the per-account lockout). */
/** The default of config LOGIN_RATE_PER_MINUTE. */
export const LOGIN_RATE_PER_MINUTE = 30;
/** Signing out works from any half-signed-in stage. */
const AnyStage: SessionStage[] = ['mfa', 'password_change', 'mfa_setup'];

// Sign-in, sign-out, own password, TOTP and acting-for: everything about the caller's own session.
export async function registerAuthRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      // Its answer carries a session token, which must never be stored for a replay.
      config: { isPublic: true, isIdempotent: false },
      schema: {
        tags: ['auth'],
        summary: '登录',
        description:
          'Signs in with phone, password and (when enabled) TOTP code, setting a cookie (web) or returning a bearer token (app). Public; rate-limited per IP and locked per account.',
        body: LoginRequest,
        response: { 200: LoginResponse },
      },
      // Before validation, so malformed floods count too. One upsert, shared by every process.
      onRequest: async (req) => {
        const hit = await hitRateLimit(req.ctx.outsideDb, req.ip, {
          limit: req.ctx.config.LOGIN_RATE_PER_MINUTE,
          windowMs: 60_000,
        });
        if (!hit.allowed) {
          throw new AppError(
            'RATE_LIMITED',
            { retryAfterSeconds: hit.retryAfterSeconds },
            { 'retry-after': String(hit.retryAfterSeconds) },
          );
        }
      },
    },
    async (req, reply) => {
      const { client, ...body } = req.body;
      const kind = client === 'web' ? 'cookie' : 'bearer';
      const result = await logIn(req.ctx, {
        ...body,
        kind,
        userAgent: req.headers['user-agent'] ?? null,
        deviceToken: req.cookies[DEVICE_COOKIE],
      });
      if (kind === 'cookie') {
        reply.setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: req.ctx.config.cookieSecure,
          path: '/',
          expires: result.expiresAt,
        });
        // Marks the browser as a known device of the account (the lockout counts its guesses apart).
        reply.setCookie(DEVICE_COOKIE, result.deviceToken ?? '', {
          httpOnly: true,
          sameSite: 'strict',
          secure: req.ctx.config.cookieSecure,
          path: '/api/auth',
          maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
        });
      }
      return {
        data: {
          account: presentAccountSelf(result.account),
          stage: result.stage,
          reason: result.reason,
          ...(kind === 'bearer' ? { token: result.token } : {}),
          expiresAt: result.expiresAt.toISOString(),
        },
      };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { allowStages: AnyStage, allowWhileActingFor: true },
      schema: {
        tags: ['auth'],
        summary: '退出登录',
        description: 'Ends the current session. Any signed-in session, at any stage or while acting for someone.',
        response: { 200: OkResponse },
      },
    },
    async (req, reply) => {
      await logOut({ ...req.ctx, actor: requireActor(req) }, { everywhere: false });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { data: { ok: true as const } };
    },
  );

  r.post(
    '/api/auth/logout-all',
    {
      config: { allowStages: AnyStage, allowWhileActingFor: true },
      schema: {
        tags: ['auth'],
        summary: '退出全部设备',
        description:
          "Ends every session of the caller's account. Any signed-in session, at any stage or while acting for someone.",
        response: { 200: OkResponse },
      },
    },
    async (req, reply) => {
      await logOut({ ...req.ctx, actor: requireActor(req) }, { everywhere: true });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { data: { ok: true as const } };
    },
  );

  r.post(
    '/api/auth/password',
    {
      config: { allowStages: ['password_change', 'mfa_setup'] },
      schema: {
        tags: ['auth'],
        summary: '修改密码',
        description:
          "Changes the caller's own password and ends their other sessions. Any signed-in account (also in the forced password-change stage), not while acting for someone.",
        body: ChangePasswordRequest,
        response: { 200: StageResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const state = await getSessionState(req.ctx.db, actor.sessionId);
      const result = await changePassword({ ...req.ctx, actor }, { ...req.body, stage: state?.stage ?? 'active' });
      return { data: result };
    },
  );

  r.post(
    '/api/auth/totp/setup',
    {
      // Its answer is the new TOTP secret, never stored for a replay; a retry just makes a new one.
      config: { allowStages: ['mfa_setup'], isIdempotent: false },
      schema: {
        tags: ['auth'],
        summary: '设置动态口令',
        description:
          'Starts TOTP setup and returns the otpauth URI for an authenticator app. Only a session in the mfa_setup stage.',
        response: { 200: SetupTotpResponse },
      },
    },
    async (req) => ({ data: await setupTotp({ ...req.ctx, actor: requireActor(req) }) }),
  );

  r.post(
    '/api/auth/totp/enable',
    {
      config: { allowStages: ['mfa_setup'] },
      schema: {
        tags: ['auth'],
        summary: '启用动态口令',
        description:
          'Turns TOTP on with a first correct code and completes the mfa_setup stage. Only a session in the mfa_setup stage.',
        body: TotpCodeRequest,
        response: { 200: StageResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const state = await getSessionState(req.ctx.db, actor.sessionId);
      return {
        data: await enableTotp({ ...req.ctx, actor }, { code: req.body.code, stage: state?.stage ?? 'active' }),
      };
    },
  );

  r.post(
    '/api/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: '关闭动态口令',
        description:
          "Turns the caller's own TOTP off with a current code (refused for administrators under mlps). Any fully signed-in account, not while acting for someone.",
        body: TotpCodeRequest,
        response: { 200: OkResponse },
      },
    },
    async (req) => {
      await disableTotp({ ...req.ctx, actor: requireActor(req) }, req.body);
      return { data: { ok: true as const } };
    },
  );

  r.post(
    '/api/auth/acting-for',
    {
      config: { allowWhileActingFor: true },
      schema: {
        tags: ['auth'],
        summary: '开始代办',
        description:
          "Switches the current session to act for a principal through one of the caller's active delegations. The delegate account only.",
        body: ActingForRequest,
        response: { 200: ActingForResponse },
      },
    },
    async (req) => {
      const d = await startActingFor({ ...req.ctx, actor: requireActor(req) }, req.body);
      return {
        data: {
          actingFor: {
            personId: d.principalPersonId,
            personName: d.principalName,
            delegationId: d.id,
            scopes: d.scopes,
          },
        },
      };
    },
  );

  r.delete(
    '/api/auth/acting-for',
    {
      config: { allowWhileActingFor: true },
      schema: {
        tags: ['auth'],
        summary: '结束代办',
        description: 'Stops acting for a principal in the current session. Any signed-in session.',
        response: { 200: ActingForResponse },
      },
    },
    async (req) => {
      await stopActingFor({ ...req.ctx, actor: requireActor(req) });
      return { data: { actingFor: null } };
    },
  );
}
