import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { EmbeddedEventStore } from '@ledger/event-store';
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

/**
 * SPEC §6, issue 10 #13: a 503 body carried the SQLite message and the data file's path. The
 * store's real error (the embedded store failing to open a file under a regular file) is raised
 * by the running service's store on the next append and read: the body says what happened in
 * words; the file and the driver's message stay in the log.
 */
describe('A store error that names the data file answers 503 in words, without the path or the driver message', () => {
  let app: LedgerTestApp;
  let storeError: unknown;
  let unreachableFile: string;
  beforeAll(async () => {
    app = await LedgerTestApp.start({ LEDGER_EVENTSTORE_URL: '' });
    const blocker = path.join(app.dataDir, 'not-a-directory');
    fs.writeFileSync(blocker, '');
    unreachableFile = path.join(blocker, 'events.sqlite');
    try {
      EmbeddedEventStore.open(unreachableFile);
      storeError = new Error('expected the store to refuse to open');
    } catch (error) {
      storeError = error;
    }
  });
  afterAll(() => app.close());

  it('the error used is the store’s own, and it names the file', () => {
    expect(storeError).toMatchObject({ name: 'StoreUnavailableError' });
    expect((storeError as Error).message).toContain(unreachableFile);
  });

  it('on a write and on a read', async () => {
    const token = tokens.tenantAdmin('t1');
    const append = jest.spyOn(app.store, 'append').mockRejectedValue(storeError);
    const read = jest.spyOn(app.store, 'readStream').mockImplementation(() => {
      throw storeError;
    });
    try {
      const answers = [
        await app.request('POST', '/v1/tenants/t1/purchases', {
          token,
          body: { sku: 'PHONE_SYSTEM', quantity: 1 },
        }),
        await app.request('GET', '/v1/tenants/t1/quota?asOf=2026-01-01T00:00:00Z', { token }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.body).toEqual({
          statusCode: 503,
          error: 'STORE_UNAVAILABLE',
          message: expect.stringMatching(/event store is unavailable/i),
        });
        const text = JSON.stringify(answer.body);
        for (const internal of [
          app.dataDir,
          'not-a-directory',
          'ENOTDIR',
          'EEXIST',
          (storeError as Error).message,
        ])
          expect({ internal, leaked: text.includes(internal) }).toEqual({ internal, leaked: false });
        expect(answer.headers.get('retry-after')).not.toBeNull();
      }
      // The write fails on catching up (a read) or on appending, whichever comes first.
      expect(append.mock.calls.length + read.mock.calls.length).toBeGreaterThanOrEqual(2);
    } finally {
      append.mockRestore();
      read.mockRestore();
    }
  });
});
