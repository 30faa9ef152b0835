import * as net from 'node:net';
import { LedgerTestApp } from './support/ledger-test-app';
import { tokens } from './support/tokens';

/** A localhost port nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('EventStoreDB unreachable (issue 4): the API starts, says the store is down, refuses writes with 503', () => {
  let app: LedgerTestApp;
  beforeAll(async () => {
    app = await LedgerTestApp.start({
      LEDGER_EVENTSTORE_URL: `esdb://127.0.0.1:${await closedPort()}?tls=false`,
    });
  });
  afterAll(() => app.close());

  it('/health answers 503 with the store down, quickly', async () => {
    const started = Date.now();
    const health = await app.request('GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'down' });
    const detailed = await app.request('GET', '/health', { token: tokens.globalAdmin() });
    expect(detailed.status).toBe(503);
    expect(detailed.body).toMatchObject({ status: 'down', store: { up: false, adapter: 'eventstoredb' } });
    expect(JSON.stringify(detailed.body)).not.toContain('127.0.0.1');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a write answers 503 STORE_UNAVAILABLE with a reason and Retry-After, not a 500 or a hang', async () => {
    const write = await app.request('POST', '/v1/tenants/t1/purchases', {
      token: tokens.tenantAdmin('t1'),
      body: { sku: 'PHONE_SYSTEM', quantity: 1 },
    });
    expect(write.status).toBe(503);
    expect(write.body).toMatchObject({
      statusCode: 503,
      error: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/event store/i),
    });
    expect(write.headers.get('retry-after')).not.toBeNull();
  });

  it('a read answers 503 too', async () => {
    const read = await app.request('GET', '/v1/tenants/t1/quota', { token: tokens.tenantAdmin('t1') });
    expect(read.status).toBe(503);
  });
});
