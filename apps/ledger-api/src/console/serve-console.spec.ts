import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { findConsoleDir, serveConsole } from './serve-console';

describe('serving the admin console', () => {
  let dir: string;
  let fastify: FastifyInstance;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
    fastify = Fastify();
    await serveConsole(fastify, path.join(dir, 'console'));
    await fastify.ready();
  });
  afterEach(async () => {
    await fastify.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string) => fastify.inject({ method: 'GET', url });

  it('says to build the console, with a 503 rather than a 500, while it is not built', async () => {
    const answer = await get('/');
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toMatchObject({ statusCode: 503, error: 'CONSOLE_NOT_BUILT' });
    expect(answer.json().message).toContain('npm run build:console');
  });

  it('serves a console built after start without a restart, and index.html for client routes', async () => {
    fs.mkdirSync(path.join(dir, 'console', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'console', 'index.html'), '<div id="app"></div>');
    fs.writeFileSync(path.join(dir, 'console', 'assets', 'app-1234.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'console', '.built-from.sha256'), 'x');

    for (const url of ['/', '/accounts', '/history?tenant=t1']) {
      const answer = await get(url);
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toContain('id="app"');
      expect(answer.headers['cache-control']).toBe('no-cache');
    }
    expect((await get('/assets/app-1234.js')).headers['cache-control']).toContain('immutable');
    expect((await get('/assets/missing.js')).statusCode).toBe(404);
    expect((await get('/.built-from.sha256')).statusCode).toBe(404);
  });

  it('leaves API paths to the not-found handler, built or not', async () => {
    for (const url of ['/v1/anything', '/health/x', '/metrics/x', '/docs/x']) {
      expect((await get(url)).statusCode).toBe(404);
    }
  });

  it('finds dist/console beside nest-cli.json, from the sources or from the bundle', () => {
    const root = path.resolve(__dirname, '../../../..');
    expect(findConsoleDir(__dirname)).toBe(path.join(root, 'dist', 'console'));
    expect(findConsoleDir(path.join(root, 'dist', 'apps', 'ledger-api'))).toBe(
      path.join(root, 'dist', 'console'),
    );
  });
});
