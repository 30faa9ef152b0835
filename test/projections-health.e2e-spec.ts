import { TENANT_STREAM_PREFIX, tenantStreamName } from '@ledger/licensing';
import { LedgerProjections } from '@ledger/projections';
import { rawEvent, userCreated } from '@ledger/projections/testing/raw-events';
import { E2E_STORE_ADAPTER, LedgerTestApp } from './support/ledger-test-app';
import { tokens } from './support/tokens';

/** SPEC §5 "Projections health" and §6 "/health without a token says only ok/degraded/down". */
describe('Projections health: parked events, /health and the admin routes', () => {
  let app: LedgerTestApp;
  const admin = tokens.globalAdmin();

  beforeEach(async () => {
    app = await LedgerTestApp.start();
  });
  afterEach(() => app.close());

  async function appendRaw(tenantId: string, ...events: ReturnType<typeof userCreated>[]): Promise<string> {
    for (const event of events) await app.store.append(tenantStreamName(tenantId), [event], 'any');
    return String(await app.store.headPosition());
  }
  const accounts = (tenantId: string) =>
    app.request<{ accounts: { accountId: string }[] }>('GET', `/v1/tenants/${tenantId}/accounts`, {
      token: tokens.tenantAdmin(tenantId),
    });

  it('/health without a token says one word; a global admin gets the store and projections, never a file path', async () => {
    const anonymous = await app.request('GET', '/health');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ status: 'ok' });
    for (const token of [tokens.tenantAdmin('t1'), 'not-a-token']) {
      expect((await app.request('GET', '/health', { token })).body).toEqual({ status: 'ok' });
    }

    const detailed = await app.request('GET', '/health', { token: admin });
    expect(detailed.body).toEqual({
      status: 'ok',
      store: { up: true, adapter: E2E_STORE_ADAPTER },
      projections: expect.objectContaining({ lag: '0', parked: [], retrying: false, rebuilding: false }),
    });
    expect(JSON.stringify(detailed.body)).not.toContain(app.dataDir);
    expect(JSON.stringify(detailed.body)).not.toMatch(/sqlite/i);
  });

  it('an unreadable event is parked: other tenants read on, /health is degraded and names it, /metrics counts it; skip releases its tenant', async () => {
    await appendRaw('held', userCreated('held', 'u0'));
    const bad = await appendRaw('held', rawEvent('held', 'AccountCreated', { accountId: 'u1' }, 99));
    await appendRaw('held', userCreated('held', 'u2'));
    await appendRaw('fine', userCreated('fine', 'f1'));

    // The others flow: a read of another tenant is answered, up to date.
    const fine = await accounts('fine');
    expect(fine.status).toBe(200);
    expect(fine.body.accounts.map((account) => account.accountId)).toEqual(['f1']);
    // The tenant of the parked event is flagged, not served a state the log never had.
    expect(await accounts('held')).toMatchObject({ status: 503, body: { error: 'PROJECTION_PARKED' } });

    expect((await app.request('GET', '/health')).body).toEqual({ status: 'degraded' });
    const parked = {
      position: bad,
      tenantId: 'held',
      revision: '1',
      type: 'AccountCreated',
      projections: ['history', 'keyed-activities', 'tenant-views'],
      error: expect.stringMatching(/schema version 99/),
      parkedAt: expect.any(String),
    };
    expect((await app.request('GET', '/health', { token: admin })).body).toMatchObject({
      status: 'degraded',
      projections: { parked: [parked] },
    });
    const status = await app.request('GET', '/v1/admin/projections', { token: admin });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ lag: '0', parked: [parked] });
    const metrics = await app.request<string>('GET', '/metrics');
    expect(metrics.body).toMatch(/^ledger_projection_parked_events 1$/m);

    // Only a global admin may see or act on it.
    for (const token of [tokens.tenantAdmin('held'), tokens.auditor('held')]) {
      expect((await app.request('GET', '/v1/admin/projections', { token })).status).toBe(403);
      expect((await app.request('POST', `/v1/admin/projections/parked/${bad}/skip`, { token })).status).toBe(
        403,
      );
    }
    // This build still cannot read version 99: a retry leaves it parked.
    expect(
      await app.request('POST', `/v1/admin/projections/parked/${bad}/retry`, { token: admin }),
    ).toMatchObject({
      status: 409,
      body: { error: 'PARKED_EVENT_STILL_FAILS', details: { position: bad } },
    });
    expect(
      (await app.request('POST', '/v1/admin/projections/parked/12x/skip', { token: admin })).status,
    ).toBe(400);
    expect(
      (await app.request('POST', '/v1/admin/projections/parked/999999/skip', { token: admin })).status,
    ).toBe(404);

    const skip = await app.request('POST', `/v1/admin/projections/parked/${bad}/skip`, { token: admin });
    expect(skip).toMatchObject({ status: 200, body: { skipped: { position: bad } } });
    expect((await app.request('GET', '/v1/admin/projections', { token: admin })).body).toMatchObject({
      parked: [],
    });
    expect((await app.request('GET', '/health')).body).toEqual({ status: 'ok' });
    const released = await accounts('held');
    expect(released.status).toBe(200);
    expect(released.body.accounts.map((account) => account.accountId)).toEqual(['u0', 'u2']);
    expect((await app.request<string>('GET', '/metrics')).body).toMatch(
      /^ledger_projection_parked_events 0$/m,
    );
  });

  it('/health answers while a rebuild of several slices runs', async () => {
    const events = Array.from({ length: 2500 }, (_, index) => userCreated('big', `user-${index}`));
    for (let from = 0; from < events.length; from += 500)
      await app.store.append(tenantStreamName('big'), events.slice(from, from + 500), 'any');
    // Caught up before the rebuild starts. Waited for, not read: a read gives up after 5 s, which a
    // loaded machine can take to project 2,500 events, and that wait is not what this test is about.
    const runner = app.nest.get(LedgerProjections).runner;
    const head = await app.store.headPosition({ streamPrefix: TENANT_STREAM_PREFIX });
    expect(await runner.waitFor(head, 45_000)).toBe(true);
    expect((await accounts('big')).status).toBe(200);

    const finished: string[] = [];
    const rebuild = app
      .request('POST', '/v1/admin/projections/rebuild', { token: admin })
      .then((answer) => finished.push(`rebuild ${answer.status}`));
    // Sent once the rebuild is under way: the tables reset, the log being replayed.
    for (let turns = 0; runner.position !== 0n; turns += 1) {
      if (turns > 100_000)
        throw new Error('never saw the rebuild under way: it never let the event loop turn');
      await new Promise((resolve) => setImmediate(resolve));
    }
    const health = app.request('GET', '/health').then((answer) => finished.push(`health ${answer.status}`));
    await Promise.all([rebuild, health]);
    expect(finished).toEqual(['health 200', 'rebuild 200']);
  }, 60_000);
});
