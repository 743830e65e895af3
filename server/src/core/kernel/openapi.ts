import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { ErrorResponse } from '@hongyun/contracts';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

// What every operation of the OpenAPI document gets from the kernel, so that a route only says what
// is its own (summary, description, schemas) and the document lints clean under Spectral's `oas`
// ruleset (test/openapi-lint.test.ts): an operationId, declared tags, the error answers in the
// shared error schema, the Idempotency-Key where the kernel honours it, and the multipart body of
// an upload. Only the document changes: validation and serialisation never see any of this.

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;
type JsonObject = Record<string, unknown>;

/** The API's areas, each declared once with a description (a route's tag must be one of these). */
export const API_TAGS: { name: string; description: string }[] = [
  { name: 'auth', description: '登录与会话 · Sign-in, sessions, passwords, TOTP, acting for an elder' },
  { name: 'me', description: '当前用户 · The signed-in account' },
  { name: 'accounts', description: '账号管理 · Accounts (security administrators)' },
  { name: 'grants', description: '角色授权 · Role grants' },
  { name: 'delegations', description: '代办授权 · Family members acting for elderly members' },
  { name: 'org', description: '党组织 · The organisation tree, regions and module switches' },
  { name: 'people', description: '党员信息 · The party-member register, imports and exports' },
  { name: 'audit', description: '审计日志 · The audit log and its chain' },
  { name: 'events', description: '行为数据 · Domain events and their subscribers' },
  { name: 'files', description: '文件 · Uploads and downloads' },
  { name: 'jobs', description: '后台任务 · Background jobs users wait for' },
  { name: 'calendar', description: '工作日历 · Working days, public holidays and make-up days' },
  { name: 'content', description: '学习内容 · Articles, documents and videos in the study channels' },
  { name: 'video', description: '视频云服务 · Video upload, transcoding, streaming and watching' },
  { name: 'question-bank', description: '题库 · Questions, categories and question imports' },
  { name: 'quiz', description: '答题 · Daily, weekly, special and challenge quizzes' },
  { name: 'learning', description: '学习积分与学时 · Points, study hours, answer rates and learning dashboards' },
  {
    name: 'notify',
    description: '消息通知 · Notifications, delivery preferences and the outbox of emails and text messages',
  },
  {
    name: 'supervision',
    description: '数据监督 · Warning rules over behaviour data, their evaluation, and alerts with a closed loop',
  },
];

const ERROR_ANSWERS: Record<string, string> = {
  400: '请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request',
  401: '未登录或会话已过期 · Not signed in, or the session has expired',
  403: '无权操作或模块未启用 · Not allowed, or the module is switched off',
  404: '记录不存在或无权查看 · Not found, or outside your organisations',
  409: '冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running',
  422: '幂等键已用于另一请求 · The Idempotency-Key was used for another request',
  429: '请求过于频繁 · Too many requests',
  500: '服务器内部错误 · Internal error (never with details)',
};

const IDEMPOTENCY_HEADER = {
  type: 'string',
  pattern: '^[\\w-]{8,100}$',
  description:
    '重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409.',
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `POST /api/orgs/:id/move` → `postOrgsByIdMove`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split(/[/-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(':') ? `By${cap(w.slice(1))}` : cap(w)));
  return method.toLowerCase() + words.join('');
}
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export const documentRoute: Transform = (input) => {
  const { route, url } = input;
  const own = (input.schema ?? {}) as JsonObject;
  if (own.hide) return jsonSchemaTransform(input as never) as never;
  const method = (Array.isArray(route.method) ? route.method[0] : route.method) as string;
  const isPublic = route.config?.isPublic === true;
  const errors: Record<string, unknown> = {};
  const codes = ['400', ...(isPublic ? [] : ['401', '403']), '404', '429', '500'];
  const honoursKey = WRITES.has(method) && !isPublic && route.config?.isIdempotent !== false;
  const takesKey = honoursKey || route.config?.isIdempotent === 'in-handler';
  if (takesKey) codes.push('409', '422');
  for (const code of codes) {
    errors[code] = { description: ERROR_ANSWERS[code], content: { 'application/json': { schema: ErrorResponse } } };
  }
  const schema = { ...own, response: { ...errors, ...(own.response as JsonObject | undefined) } };
  const out = jsonSchemaTransform({ ...input, schema } as never) as unknown as { schema: JsonObject; url: string };
  const response = out.schema.response as JsonObject;
  if (!Object.keys(response).some((code) => code.startsWith('2'))) {
    // A route without a response schema sends a file (a download, a template).
    const produces = (own.produces as string[] | undefined) ?? ['application/octet-stream'];
    response[200] = {
      description: '文件 · The file',
      content: Object.fromEntries(produces.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    };
  }
  out.schema.operationId ??= operationIdOf(method, url);
  if (takesKey) {
    const headers = (out.schema.headers as JsonObject | undefined) ?? { type: 'object', properties: {} };
    headers.properties = { ...(headers.properties as JsonObject), 'idempotency-key': IDEMPOTENCY_HEADER };
    out.schema.headers = headers;
  }
  const consumes = own.consumes as string[] | undefined;
  if (consumes?.includes('multipart/form-data') && !out.schema.body) {
    // The upload convention of this API: one part named `file` (see the route's description).
    out.schema.body = {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: '要上传的文件 · The file' } },
    };
  }
  return out as never;
};

export const documentApi: TransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input as never) as unknown as JsonObject & {
    paths: JsonObject;
    components: { schemas: Record<string, unknown> };
  };
  const schemas = usedSchemas(doc); // rewrites doc.paths' references too
  return { ...doc, tags: API_TAGS, components: { ...doc.components, schemas } } as never;
};

/**
 * The components the paths use, directly or through each other. Every schema with an id is
 * rendered twice (as read and as written): only the variants in use stay, and an input variant
 * whose output twin is unused takes the plain name (`CreateOrgRequestInput` → `CreateOrgRequest`).
 */
function usedSchemas(doc: { paths: JsonObject; components: { schemas: Record<string, unknown> } }) {
  const all = doc.components.schemas;
  const used = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') {
          const name = v.replace('#/components/schemas/', '');
          if (!used.has(name)) {
            used.add(name);
            visit(all[name]);
          }
        } else visit(v);
      }
    }
  };
  visit(doc.paths);
  const rename = new Map<string, string>();
  for (const name of used) {
    const plain = name.replace(/Input$/, '');
    if (plain !== name && !used.has(plain)) rename.set(name, plain);
  }
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (k !== '$ref' || typeof v !== 'string') return [k, rewrite(v)];
        const name = v.replace('#/components/schemas/', '');
        return [k, `#/components/schemas/${rename.get(name) ?? name}`];
      }),
    );
  };
  doc.paths = rewrite(doc.paths) as JsonObject;
  const out: Record<string, unknown> = {};
  for (const name of [...used].sort()) out[rename.get(name) ?? name] = rewrite(all[name]);
  return out;
}
