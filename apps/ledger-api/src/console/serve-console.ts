import * as fs from 'node:fs';
import * as path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * First path segments that belong to the API. A miss below them is a real 404 in the SPEC
 * error shape (Nest's not-found handler), never the console's index.html.
 */
const API_SEGMENTS: ReadonlySet<string> = new Set([
  'v1',
  'health',
  'metrics',
  'docs',
  'docs-json',
  'docs-yaml',
]);

/** What a console asset path may look like; anything else is not ours and gets a 404. */
const ASSET_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** The console holds no data of its own: every datum it shows comes from the guarded /v1 routes. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `dist/console` of the repository. The API runs either from its sources (tests, apps/ledger-api/src)
 * or from the webpack bundle (dist/apps/ledger-api); both sit below the folder holding nest-cli.json.
 */
export function findConsoleDir(start: string = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'nest-cli.json'))) return path.join(dir, 'dist', 'console');
    if (path.dirname(dir) === dir) return path.resolve('dist', 'console');
  }
}

function notBuiltBody(root: string) {
  return {
    statusCode: 503,
    error: 'CONSOLE_NOT_BUILT',
    message: `The admin console is not built (no ${path.join(root, 'index.html')}). Run "npm run build:console" (npm start does it), then reload.`,
  };
}

/**
 * Serves the admin console (issue 7): its hashed assets, and index.html for `/` and every other
 * path that is not the API's, so that client-side routes survive a reload.
 *
 * Access: these routes are registered on Fastify itself, outside Nest's router, so Nest's global
 * AccessGuard never runs for them — they are public by construction, which is what they must be
 * (the browser loads the console before it has a token). That is safe because the bundle is the
 * same static code for everyone. API paths are handed back to Nest's not-found handler, so an
 * unknown `/v1/...` route still answers 404 in the SPEC error shape.
 */
export async function serveConsole(fastify: FastifyInstance, root: string = findConsoleDir()): Promise<void> {
  // serve: false — only `reply.sendFile`; the route below decides what is a file and what is the SPA.
  // The folder may not exist yet (console not built): that is answered per request, not warned at start.
  await fastify.register(fastifyStatic, { root, serve: false, suppressWarning: true });

  // Checked per request until found, so a console built after the API started is served without a restart.
  let built = false;
  const isBuilt = (): boolean => (built ||= fs.existsSync(path.join(root, 'index.html')));

  const sendIndex = (reply: FastifyReply): FastifyReply =>
    reply
      .header('Cache-Control', 'no-cache')
      .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      .sendFile('index.html', { cacheControl: false });

  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const wildcard = (request.params as { '*'?: string })['*'] ?? '';
    if (API_SEGMENTS.has(wildcard.split('/')[0])) return reply.callNotFound();

    void reply
      .header('X-Content-Type-Options', 'nosniff')
      .header('Referrer-Policy', 'no-referrer')
      .header('X-Frame-Options', 'DENY');
    if (!isBuilt()) return reply.code(503).header('Retry-After', '5').send(notBuiltBody(root));

    const lastSegment = wildcard.slice(wildcard.lastIndexOf('/') + 1);
    // A path with an extension asks for a file: a missing one is a 404, not the SPA's page.
    if (lastSegment.includes('.')) {
      if (wildcard === 'index.html') return sendIndex(reply);
      if (!ASSET_PATH.test(wildcard)) return reply.callNotFound();
      // Vite names assets by content hash: they never change, so browsers may keep them.
      return wildcard.startsWith('assets/')
        ? reply.sendFile(wildcard, { maxAge: '365d', immutable: true })
        : reply.sendFile(wildcard, { maxAge: 0 });
    }
    return sendIndex(reply);
  });
}
