import { ErrorCatalog, type ErrorCode } from '@hongyun/contracts';

export type Lang = 'zh' | 'en';

/** A failure the client should see: a code from the closed catalogue, optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly headers?: Record<string, string>;
  constructor(code: ErrorCode, details?: unknown, headers?: Record<string, string>) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
  get status(): number {
    return ErrorCatalog[this.code].status;
  }
}

/** Picks zh or en from Accept-Language; Chinese is the default for everything else. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** The one error shape: `details` is always there, null when there is nothing to add. */
export function errorBody(code: ErrorCode, lang: Lang, details?: unknown) {
  return { error: { code, message: ErrorCatalog[code][lang], details: details ?? null } };
}
