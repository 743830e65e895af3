import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

// Fastify gives every request a child logger carrying its reqId. Building a pino child (bindings
// serialised, prototype chain, redaction) costs about a microsecond, on every request, although at
// the production level (warn) a request that succeeds never logs. This child is built only when a
// line is actually written at an enabled level (an error, a warning): the line is the same as from
// the eager child, since it is written by that child.

type Bindings = Record<string, unknown>;
type LevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type PinoLevels = { isLevelEnabled(level: string): boolean };
const LEVELS: readonly LevelName[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

type LogFn = (...args: unknown[]) => void;

class RequestLogger {
  // On the prototype (below): one function per level for every request logger.
  declare fatal: LogFn;
  declare error: LogFn;
  declare warn: LogFn;
  declare info: LogFn;
  declare debug: LogFn;
  declare trace: LogFn;
  /** The pino child, once a line needed it. */
  materialised: FastifyBaseLogger | undefined;
  constructor(
    readonly parent: FastifyBaseLogger,
    readonly bindings: Bindings,
  ) {}
  get real(): FastifyBaseLogger {
    this.materialised ??= this.parent.child(this.bindings);
    return this.materialised;
  }
  get level(): string {
    return this.materialised?.level ?? this.parent.level;
  }
  set level(level: string) {
    this.real.level = level;
  }
  child(bindings: Bindings, options?: Parameters<FastifyBaseLogger['child']>[1]): FastifyBaseLogger {
    return this.real.child(bindings, options);
  }
  silent(): void {}
}
for (const level of LEVELS) {
  RequestLogger.prototype[level] = function (this: RequestLogger, ...args: unknown[]) {
    // Below the parent's threshold pino's methods are no-ops: nothing to build for them.
    if (!this.materialised && !(this.parent as unknown as PinoLevels).isLevelEnabled(level)) return;
    (this.real[level] as LogFn)(...args);
  };
}

/** Fastify's `childLoggerFactory`: a lazy child, unless the route sets its own level or serialisers. */
export const lazyChildLoggerFactory: NonNullable<FastifyServerOptions['childLoggerFactory']> = (
  logger,
  bindings,
  opts,
) => {
  if (opts.level !== undefined || opts.serializers !== undefined) return logger.child(bindings, opts);
  return new RequestLogger(logger, bindings) as unknown as FastifyBaseLogger;
};
