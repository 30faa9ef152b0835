import { E2E_STORE_ADAPTER, LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { signToken, tokens } from './support/tokens';

describe('Authentication and tenant access (SPEC §3)', () => {
  let app: LedgerTestApp;
  beforeAll(async () => {
    app = await LedgerTestApp.start();
    expectStatus(await new TenantClient(app, 'alpha').purchase('PHONE_SYSTEM', 1), 201);
  });
  afterAll(() => app.close());

  it('no token is 401 UNAUTHENTICATED', async () => {
    const answer = await app.request('GET', '/v1/tenants/alpha/quota');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ statusCode: 401, error: 'UNAUTHENTICATED' });
  });

  it.each([
    [
      'a bad signature',
      signToken(
        { sub: 'x', tid: 'alpha', roles: ['tenant-admin'] },
        { secret: 'another-secret-of-sufficient-length!!' },
      ),
    ],
    ['alg none', signToken({ sub: 'x', tid: 'alpha', roles: ['tenant-admin'] }, { alg: 'none' })],
    [
      'an expired token',
      signToken({ sub: 'x', tid: 'alpha', roles: ['tenant-admin'] }, { expiresInSeconds: -60 }),
    ],
    ['no sub', signToken({ tid: 'alpha', roles: ['tenant-admin'] })],
    ['an unknown role', signToken({ sub: 'x', tid: 'alpha', roles: ['owner'] })],
    ['a tenant role without tid', signToken({ sub: 'x', roles: ['tenant-admin'] })],
    ['garbage', 'not-a-jwt'],
  ])('%s is 401', async (_name, token) => {
    expect((await app.request('GET', '/v1/tenants/alpha/quota', { token })).status).toBe(401);
  });

  it.each([
    ['no exp at all', signToken({ sub: 'x', tid: 'alpha', roles: ['tenant-admin'], exp: undefined })],
    ['exp as a string', signToken({ sub: 'x', tid: 'alpha', roles: ['tenant-admin'], exp: '9999999999' })],
    ['a global admin without exp', signToken({ sub: 'root', roles: ['global-admin'], exp: undefined })],
  ])(
    'a correctly signed token with %s never expires, so it is 401 with the reason (SPEC §6)',
    async (_name, token) => {
      const answer = await app.request('GET', '/v1/tenants/alpha/quota', { token });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({
        statusCode: 401,
        error: 'UNAUTHENTICATED',
        message: expect.stringContaining('exp'),
      });
    },
  );

  it("another tenant's token is 403 on reads and writes", async () => {
    const beta = tokens.tenantAdmin('beta');
    expect((await app.request('GET', '/v1/tenants/alpha/quota', { token: beta })).status).toBe(403);
    const write = await app.request('POST', '/v1/tenants/alpha/purchases', {
      token: beta,
      body: { sku: 'E5', quantity: 1 },
    });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ error: 'FORBIDDEN' });
  });

  it('a foreign tenant that does not exist answers exactly like one that does', async () => {
    const beta = tokens.tenantAdmin('beta');
    const existing = await app.request('GET', '/v1/tenants/alpha/quota', { token: beta });
    const missing = await app.request('GET', '/v1/tenants/gamma/quota', { token: beta });
    expect(missing.status).toBe(existing.status);
    expect(missing.body).toEqual(existing.body);
  });

  it('an auditor reads its own tenant but cannot write', async () => {
    const auditor = tokens.auditor('alpha');
    expect((await app.request('GET', '/v1/tenants/alpha/quota', { token: auditor })).status).toBe(200);
    const write = await app.request('POST', '/v1/tenants/alpha/purchases', {
      token: auditor,
      body: { sku: 'E5', quantity: 1 },
    });
    expect(write.status).toBe(403);
  });

  it('a global admin reads and writes every tenant, and is recorded as the actor', async () => {
    const admin = tokens.globalAdmin();
    expect((await app.request('GET', '/v1/tenants/alpha/quota', { token: admin })).status).toBe(200);
    const write = await app.request('POST', '/v1/tenants/alpha/purchases', {
      token: admin,
      body: { sku: 'E5', quantity: 1 },
    });
    expectStatus(write, 201);
    const events = [];
    for await (const event of app.store.readStream('licensing-tenant-alpha')) events.push(event);
    expect(events.at(-1)?.metadata).toMatchObject({ actor: 'global-1', tenantId: 'alpha' });
  });

  it('/health needs no token and checks the store', async () => {
    const health = await app.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    const detailed = await app.request('GET', '/health', { token: tokens.globalAdmin() });
    expect(detailed.body).toMatchObject({ status: 'ok', store: { up: true, adapter: E2E_STORE_ADAPTER } });
  });

  it('/docs serves the OpenAPI description', async () => {
    const docs = await app.request('GET', '/docs-json');
    expect(docs.status).toBe(200);
    expect(JSON.stringify(docs.body)).toContain('/v1/tenants/{tenantId}/license-activities');
  });
});
