import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';

const REPO_WEB_DIST = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

// The browser may run only our own scripts and talk only to this origin. antd writes its styles
// into <style> tags at run time, hence 'unsafe-inline' for styles (not for scripts).
export const PAGE_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
const PAGE_HEADERS = {
  ...PAGE_SECURITY_HEADERS,
  // The page names the current build's chunks: never serve a stale one.
  'cache-control': 'no-cache',
};

const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export function webDistDir(config: Config): string {
  return config.WEB_DIR ? path.resolve(config.WEB_DIR) : REPO_WEB_DIST;
}

/**
 * Serves the built web app (console at /, phone H5 at /m) from the API's own port. Returns the
 * function that answers a browser address with the index page, or null when nothing is built
 * (then / leads to the API documentation, as before the web app existed).
 */
export async function registerWebApp(
  app: FastifyInstance,
  config: Config,
): Promise<((reply: FastifyReply) => FastifyReply) | null> {
  const dist = webDistDir(config);
  const indexFile = path.join(dist, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ dist }, 'web app not built (npm run build): / leads to the API docs');
    app.get('/', { config: { isPublic: true }, schema: { hide: true } }, async (_req, reply) =>
      reply.redirect('/api/docs'),
    );
    return null;
  }
  // Re-read when a rebuild replaces it (its chunk names change), so a running server never serves
  // a page that names chunks which no longer exist.
  let cached = { mtimeMs: 0, html: Buffer.alloc(0) };
  const indexHtml = () => {
    const { mtimeMs } = statSync(indexFile);
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, html: readFileSync(indexFile) };
    return cached.html;
  };
  const sendIndex = (reply: FastifyReply) =>
    reply.status(200).headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(indexHtml());

  // Hashed chunks under /assets never change: cached for a year, looked up per request so a rebuild
  // is served without a restart. The few top-level files (favicon) are cached briefly.
  await app.register(fastifyStatic, {
    root: path.join(dist, 'assets'),
    prefix: '/assets/',
    wildcard: true,
    // npm run build writes .br and .gz copies of each chunk.
    preCompressed: true,
    index: false,
    dotfiles: 'deny',
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      const isHashed = filePath.startsWith(path.join(dist, 'assets') + path.sep);
      reply.header('x-content-type-options', 'nosniff');
      // A file opened on its own (an SVG, say) runs nothing on our origin.
      reply.header('content-security-policy', FILE_CSP);
      reply.header('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    },
  });
  // Top-level files of the build other than the index page (favicon…), as found at start.
  const topFiles = readdirSync(dist, { withFileTypes: true }).filter(
    (e) => e.isFile() && e.name !== 'index.html' && !e.name.startsWith('.'),
  );
  for (const { name } of topFiles) {
    app.get(`/${name}`, { config: { isPublic: true }, schema: { hide: true } }, async (_req, reply) =>
      reply.sendFile(name, dist),
    );
  }
  app.get('/', { config: { isPublic: true }, schema: { hide: true } }, async (_req, reply) => sendIndex(reply));
  return sendIndex;
}
