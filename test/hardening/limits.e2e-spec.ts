import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LedgerTestApp } from '../support/ledger-test-app';
import { expectStatus, TenantClient } from '../support/tenant-client';
import { signToken, TEST_JWT_SECRET, tokens } from '../support/tokens';
import { ApiProcess } from './support/api-process';
import { sumOfSeries } from './support/metrics-text';
import { HARDENING_TIMEOUT_MS } from './support/soak';

describe('Hardening: limits, logs and metrics', () => {
  describe('rate limit per caller (LEDGER_RATE_LIMIT_PER_MINUTE=5)', () => {
    let app: LedgerTestApp;
    beforeAll(async () => {
      app = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: '5' });
    });
    afterAll(() => app.close());

    it('the sixth request of a caller in a minute is 429 with Retry-After, in the SPEC shape; other callers go on', async () => {
      const alice = new TenantClient(app, 'rl-alice');
      for (let index = 0; index < 5; index += 1) expectStatus(await alice.quota(), 200);
      const refused = await alice.quota();
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'TOO_MANY_REQUESTS',
        message: expect.stringContaining('5 requests per minute'),
      });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // One budget per caller across routes: a write is refused too, and appends nothing.
      const events = await app.eventCount();
      expect((await alice.purchase('PHONE_SYSTEM', 1)).status).toBe(429);
      expect(await app.eventCount()).toBe(events);

      expectStatus(await new TenantClient(app, 'rl-bob').quota(), 200);
    });

    it('without a valid token the caller is its address, so a forged sub cannot spend a real caller’s budget', async () => {
      const forged = signToken(
        { sub: 'admin@rl-carol', tid: 'rl-carol', roles: ['tenant-admin'] },
        { secret: 'someone-else-entirely-0123456789abcdef' },
      );
      for (let index = 0; index < 5; index += 1)
        expect((await app.request('GET', '/v1/tenants/rl-carol/quota', { token: forged })).status).toBe(401);
      // Guessing tokens is throttled like anything else…
      expect((await app.request('GET', '/v1/tenants/rl-carol/quota')).status).toBe(429);
      // …while the real carol still has her whole budget.
      expectStatus(await new TenantClient(app, 'rl-carol').quota(), 200);
    });

    it('the budget is per (tid, sub): tenant B’s "admin" does not spend tenant A’s "admin"’s (SPEC §6, issue 10 #10)', async () => {
      const adminOf = (tid: string) => signToken({ sub: 'admin', tid, roles: ['tenant-admin'] });
      const tenantA = new TenantClient(app, 'rl-tenant-a', adminOf('rl-tenant-a'));
      const tenantB = new TenantClient(app, 'rl-tenant-b', adminOf('rl-tenant-b'));
      for (let index = 0; index < 5; index += 1) expectStatus(await tenantB.quota(), 200);
      expect((await tenantB.quota()).status).toBe(429);
      // A's admin has the same sub, and the whole of its own budget.
      for (let index = 0; index < 5; index += 1) expectStatus(await tenantA.quota(), 200);
      expect((await tenantA.quota()).status).toBe(429);
    });

    it('a global admin is counted per sub, whatever tid its tokens carry, apart from tenant callers of that sub', async () => {
      const globalAdmin = (tid?: string) =>
        signToken({ sub: 'rl-root', roles: ['global-admin'], ...(tid === undefined ? {} : { tid }) });
      // A tenant admin called rl-root spends its own budget, not the global admin's.
      const namesake = new TenantClient(
        app,
        'rl-tenant-c',
        signToken({ sub: 'rl-root', tid: 'rl-tenant-c', roles: ['tenant-admin'] }),
      );
      for (let index = 0; index < 5; index += 1) expectStatus(await namesake.quota(), 200);
      const tokensOfRoot = [globalAdmin(), globalAdmin('rl-tenant-c'), globalAdmin('rl-tenant-d')];
      for (let index = 0; index < 5; index += 1) {
        const answer = await app.request('GET', '/v1/reports/quota', { token: tokensOfRoot[index % 3] });
        expectStatus(answer, 200);
      }
      for (const token of tokensOfRoot)
        expect((await app.request('GET', '/v1/reports/quota', { token })).status).toBe(429);
    });

    it('/health and /metrics are never throttled', async () => {
      for (let index = 0; index < 8; index += 1) {
        expect((await app.request('GET', '/health')).status).toBe(200);
        expect((await app.request('GET', '/metrics')).status).toBe(200);
      }
    });
  });

  it('request timeouts come from LEDGER_REQUEST_TIMEOUT_MS (receiving a request; handling is limited by an interceptor)', async () => {
    const app = await LedgerTestApp.start({ LEDGER_REQUEST_TIMEOUT_MS: '1234' });
    try {
      expect((app.nest.getHttpServer() as { requestTimeout: number }).requestTimeout).toBe(1234);
    } finally {
      await app.close();
    }
  });

  describe('/metrics', () => {
    let app: LedgerTestApp;
    beforeAll(async () => {
      app = await LedgerTestApp.start();
    });
    afterAll(() => app.close());

    it('serves Prometheus text without a token: requests, commands, conflict retries, projection lag, process', async () => {
      const tenant = new TenantClient(app, 'metrics-tenant');
      expectStatus(await tenant.purchase('PHONE_SYSTEM', 1), 201);
      expectStatus(await tenant.createUser('user-1'), 201);
      expect((await tenant.assign('user-1', 'E5')).status).toBe(409);
      expectStatus(await tenant.quota(), 200);

      const scrape = await app.request('GET', '/metrics');
      expect(scrape.status).toBe(200);
      expect(scrape.headers.get('content-type')).toContain('text/plain');
      const text = String(scrape.body);
      expect(
        sumOfSeries(text, 'ledger_http_requests_total', {
          method: 'POST',
          route: '/v1/tenants/:tenantId/purchases',
          status: '201',
        }),
      ).toBe(1);
      expect(
        sumOfSeries(text, 'ledger_http_request_duration_seconds_count', {
          route: '/v1/tenants/:tenantId/quota',
        }),
      ).toBe(1);
      expect(
        sumOfSeries(text, 'ledger_commands_total', { type: 'PurchaseLicenses', outcome: 'accepted' }),
      ).toBe(1);
      expect(
        sumOfSeries(text, 'ledger_commands_total', { type: 'ChangeLicenses', outcome: 'NO_SEAT_AVAILABLE' }),
      ).toBe(1);
      expect(text).toContain('# TYPE ledger_command_conflict_retries_total counter');
      // The read above waited for the projections: nothing is left to apply.
      expect(sumOfSeries(text, 'ledger_projection_lag_events')).toBe(0);
      expect(sumOfSeries(text, 'ledger_projection_lag_seconds')).toBe(0);
      expect(sumOfSeries(text, 'ledger_projection_position')).toBeGreaterThan(0);
      expect(text).toContain('process_cpu_user_seconds_total');
      // Labels carry route templates, never a tenant id or anything else a caller typed.
      expect(text).not.toContain('metrics-tenant');
      expect(text).not.toContain('user-1');
    });
  });

  describe('structured logs (the real service, in a child process)', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-logs-'));
    });
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    it(
      'one JSON line per request with request id, route, status, duration, tenant and actor — and no token or secret',
      async () => {
        const api = await ApiProcess.start(dataDir, { LEDGER_LOG_LEVEL: 'info' });
        const admin = tokens.tenantAdmin('log-tenant');
        const rejected = signToken(
          { sub: 'x', roles: ['global-admin'] },
          { secret: 'a-wrong-secret-0123456789-abcdefghij' },
        );
        let requestId: string | null;
        try {
          const write = await api.request('POST', '/v1/tenants/log-tenant/purchases', {
            token: admin,
            body: { sku: 'PHONE_SYSTEM', quantity: 1 },
            headers: { 'idempotency-key': 'log-key-1' },
          });
          expect(write.status).toBe(201);
          requestId = write.headers.get('x-request-id');
          expect((await api.request('GET', '/v1/tenants/log-tenant/quota', { token: rejected })).status).toBe(
            401,
          );
          expect((await api.request('GET', `/v1/tenants/log-tenant/quota?token=${admin}`)).status).toBe(401);
        } finally {
          await api.stop();
        }
        const lines = api.stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(lines.find((line) => line.reqId === requestId)).toMatchObject({
          level: 30,
          msg: 'request',
          method: 'POST',
          route: '/v1/tenants/:tenantId/purchases',
          path: '/v1/tenants/log-tenant/purchases',
          status: 201,
          durationMs: expect.any(Number),
          tenantId: 'log-tenant',
          actor: 'admin@log-tenant',
        });
        expect(lines.filter((line) => line.msg === 'request')).toHaveLength(3);
        const everything = api.stdout + api.stderr;
        for (const secret of [admin, admin.split('.')[2], rejected, rejected.split('.')[2], TEST_JWT_SECRET])
          expect(everything).not.toContain(secret);
      },
      HARDENING_TIMEOUT_MS,
    );

    it(
      'outside production the development token printed at start carries exp (SPEC §6), and the API accepts it',
      async () => {
        const api = await ApiProcess.start(dataDir, { NODE_ENV: 'development' });
        try {
          const match = await api.stdoutMatch(/Development token[^\n]*\n([\w-]+\.[\w-]+\.[\w-]+)\n/);
          const claims = JSON.parse(Buffer.from(match[1].split('.')[1], 'base64url').toString('utf8')) as {
            iat: number;
            exp?: number;
          };
          expect(claims.exp).toBe(claims.iat + 7 * 86_400);
          expect((await api.request('GET', '/v1/reports/quota', { token: match[1] })).status).toBe(200);
        } finally {
          await api.stop();
        }
      },
      HARDENING_TIMEOUT_MS,
    );
  });
});
