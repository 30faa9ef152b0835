import * as fs from 'node:fs';
import * as path from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@ledger/event-store';
import {
  decodeLedgerEvent,
  TENANT_STREAM_PREFIX,
  tenantStreamName,
  type LedgerCommand,
} from '@ledger/licensing';
import { LedgerProjections } from '@ledger/projections';
import { rawEvent } from '@ledger/projections/testing/raw-events';
import { commandIdOf, eventIdOf, PROJECTIONS_FILE, REMEMBERED_KEYED_ACTIVITIES } from '@ledger/runtime';
import { RecordLicenseActivity } from '../apps/ledger-api/src/commands/record-license-activity.command';
import { expiryActivity, expiryKeyOf } from '../apps/ledger-api/src/terms/expiry-command';
import { SubscriptionExpiry } from '../apps/ledger-api/src/terms/subscription-expiry';
import { startInstancePair, type InstancePair } from './hardening/support/instance-pair';
import { sumOfSeries } from './hardening/support/metrics-text';
import { E2E_STORE_ADAPTER, LedgerTestApp } from './support/ledger-test-app';
import { TenantClient } from './support/tenant-client';

/**
 * R13 on the service: at a term's end the service itself appends `SubscriptionExpired` — once,
 * whatever the number of instances or restarts, and after a downtime as soon as it is back.
 * Time is a pinned clock the tests move; runs of the scheduler are awaited (`run()`), or, after a
 * start, waited for in the log: no assertion depends on how long anything takes.
 */

const STARTS = '2026-03-01T00:00:00.000Z';
const ENDS = '2026-03-31T00:00:00.000Z';
const AFTER_END = '2026-04-01T00:00:00.000Z';
// Runs are started by the tests (or by a start); the timer would only add runs, never change an answer.
const ENV = { LEDGER_EXPIRY_INTERVAL_MS: '3600000' };

/** A clock the test sets, shared by every instance (and every restart) it is given to. */
function settableClock(iso: string): { clock: () => Date; set: (to: string) => void } {
  let now = Date.parse(iso);
  return { clock: () => new Date(now), set: (to) => (now = Date.parse(to)) };
}

function send(app: LedgerTestApp, tenantId: string, command: LedgerCommand) {
  return app.nest
    .get(CommandBus)
    .execute(new RecordLicenseActivity(tenantId, command, { actor: 'test-admin', correlationId: 'c' }));
}

function buyWithTerm(app: LedgerTestApp, tenantId: string, purchaseId: string, endsAt = ENDS, now = STARTS) {
  return send(app, tenantId, {
    type: 'PurchaseLicenses',
    purchaseId,
    sku: 'PHONE_SYSTEM',
    quantity: 2,
    term: { endsAt, trial: false },
    now,
    defaultRulebook: 'current',
  });
}

/** Until the projections hold every event the log holds now: the term-ends index included. */
async function caughtUp(app: LedgerTestApp): Promise<void> {
  const head = await app.store.headPosition({ streamPrefix: TENANT_STREAM_PREFIX });
  expect(await app.nest.get(LedgerProjections).runner.waitFor(head, 10_000)).toBe(true);
}

/** A new instance on `time` for each test of the block; spies restored and the instance closed after each. */
function appPerTest(time: ReturnType<typeof settableClock>): () => LedgerTestApp {
  let app: LedgerTestApp | null = null;
  beforeEach(async () => {
    time.set(STARTS);
    app = await LedgerTestApp.start(ENV, undefined, { clock: time.clock });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await app?.close();
    app = null;
  });
  return () => {
    if (app === null) throw new Error('no instance outside a test');
    return app;
  };
}

function scheduler(app: LedgerTestApp): SubscriptionExpiry {
  return app.nest.get(SubscriptionExpiry);
}

interface Expiry {
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

async function expiriesIn(store: EventStore, tenantId: string): Promise<Expiry[]> {
  const found: Expiry[] = [];
  for await (const recorded of store.readStream(tenantStreamName(tenantId))) {
    const { event } = decodeLedgerEvent(recorded);
    if (event.type === 'SubscriptionExpired') {
      found.push({ id: recorded.id, data: { ...event.data }, metadata: recorded.metadata });
    }
  }
  return found;
}

/** Polls the log until `tenantId` holds an expiry (a start's own run is not awaited by anything). */
async function firstExpiryIn(store: EventStore, tenantId: string): Promise<Expiry[]> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const found = await expiriesIn(store, tenantId);
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no SubscriptionExpired in ${tenantId}'s stream`);
}

describe(`R13 subscription expiry by the service (${E2E_STORE_ADAPTER})`, () => {
  describe('two instances on one log', () => {
    const time = settableClock(STARTS);
    let pair: InstancePair;
    beforeAll(async () => {
      pair = await startInstancePair(E2E_STORE_ADAPTER, ENV, { clock: time.clock });
    });
    afterAll(() => pair.close());

    it('both past endsAt, both running at once: exactly one SubscriptionExpired in the log, with a derived id', async () => {
      const [first, second] = pair.instances;
      await buyWithTerm(first, 'pair', 'p1');
      time.set(AFTER_END);

      await Promise.all([scheduler(first).run(), scheduler(second).run()]);
      await Promise.all([scheduler(second).run(), scheduler(first).run()]);

      const expiries = await expiriesIn(pair.store, 'pair');
      expect(expiries).toHaveLength(1);
      expect(expiries[0].data).toEqual({ purchaseId: 'p1', sku: 'PHONE_SYSTEM', quantity: 2, endedAt: ENDS });
      expect(expiries[0].metadata).toMatchObject({ actor: 'ledger' });
      // The id every instance, restart and retry derives for this term's end: the store keeps one.
      const key = expiryKeyOf({ tenantId: 'pair', purchaseId: 'p1', endsAt: ENDS });
      expect(expiries[0].id).toBe(eventIdOf(commandIdOf('pair', key), 0));
      // And the instances say so: one of them appended it; the other found it in the log (or already folded).
      const metrics = await Promise.all(
        pair.instances.map(async (app) => (await app.request<string>('GET', '/metrics')).body),
      );
      const expired = metrics.map((text) =>
        sumOfSeries(text, 'ledger_subscription_expiries_total', { outcome: 'expired' }),
      );
      expect(expired[0] + expired[1]).toBe(1);
    });
  });

  describe('one instance, restarted', () => {
    const time = settableClock(STARTS);
    let app: LedgerTestApp;
    beforeEach(async () => {
      time.set(STARTS);
      app = await LedgerTestApp.start(ENV, undefined, { clock: time.clock });
    });
    afterEach(() => app.close());

    it('restarted after the expiry: still one event', async () => {
      await buyWithTerm(app, 'after', 'p1');
      time.set(AFTER_END);
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'after')).toHaveLength(1);

      app = await app.restart();
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'after')).toHaveLength(1);
    });

    it('restarted while the expiry is due: the new instance appends it, once', async () => {
      await buyWithTerm(app, 'due', 'p1');
      time.set(AFTER_END);

      app = await app.restart();
      const [expiry] = await firstExpiryIn(app.store, 'due');
      expect(expiry.data).toMatchObject({ purchaseId: 'p1', endedAt: ENDS });
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'due')).toHaveLength(1);
    });

    it('stopped across endsAt: started again, it appends the expiry without any request, once, ended at endsAt', async () => {
      await buyWithTerm(app, 'downtime', 'p1');
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'downtime')).toEqual([]);

      app = await app.restart(() => time.set('2026-06-01T00:00:00.000Z'));

      const expiries = await firstExpiryIn(app.store, 'downtime');
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'downtime')).toEqual(expiries);
      expect(expiries).toHaveLength(1);
      expect(expiries[0].data).toEqual({ purchaseId: 'p1', sku: 'PHONE_SYSTEM', quantity: 2, endedAt: ENDS });
    });
  });

  describe('a downtime that lost the read models', () => {
    const time = settableClock(STARTS);
    let app: LedgerTestApp;
    beforeAll(async () => {
      app = await LedgerTestApp.start(ENV, undefined, { clock: time.clock });
    });
    afterAll(() => app.close());

    it('started again on an empty projection database: the index is rebuilt from the log and the term expires, once', async () => {
      await buyWithTerm(app, 'rebuilt', 'p1');
      app = await app.restart(() => {
        time.set(AFTER_END);
        for (const suffix of ['', '-wal', '-shm']) {
          fs.rmSync(path.join(app.dataDir, PROJECTIONS_FILE + suffix), { force: true });
        }
      });

      const expiries = await firstExpiryIn(app.store, 'rebuilt');
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'rebuilt')).toEqual(expiries);
      expect(expiries.map((expiry) => expiry.data.endedAt)).toEqual([ENDS]);
    });
  });

  describe('while running', () => {
    const time = settableClock(STARTS);
    let app: LedgerTestApp;
    beforeAll(async () => {
      app = await LedgerTestApp.start({ LEDGER_EXPIRY_INTERVAL_MS: '100' }, undefined, { clock: time.clock });
    });
    afterAll(() => app.close());

    it("the scheduler's own timer expires a term once its end has passed, without any request", async () => {
      await buyWithTerm(app, 'timer', 'p1');
      time.set(AFTER_END);

      const expiries = await firstExpiryIn(app.store, 'timer');
      expect(expiries.map((expiry) => expiry.data.endedAt)).toEqual([ENDS]);
    });
  });

  describe('which terms expire', () => {
    const time = settableClock(STARTS);
    let app: LedgerTestApp;
    beforeAll(async () => {
      app = await LedgerTestApp.start(ENV, undefined, { clock: time.clock });
    });
    afterAll(() => app.close());
    beforeEach(() => time.set(STARTS));

    it('a renewed term does not expire at its old end, and expires at its new one', async () => {
      await buyWithTerm(app, 'renewed', 'p1');
      await send(app, 'renewed', {
        type: 'RenewSubscription',
        purchaseId: 'p1',
        endsAt: '2026-05-31T00:00:00.000Z',
        now: STARTS,
      });

      time.set(AFTER_END);
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'renewed')).toEqual([]);

      time.set('2026-06-01T00:00:00.000Z');
      await scheduler(app).run();
      const expiries = await expiriesIn(app.store, 'renewed');
      expect(expiries.map((expiry) => expiry.data.endedAt)).toEqual(['2026-05-31T00:00:00.000Z']);
    });

    it('a cancelled purchase never expires', async () => {
      await buyWithTerm(app, 'cancelled', 'p1');
      await send(app, 'cancelled', { type: 'CancelPurchase', purchaseId: 'p1' });

      time.set(AFTER_END);
      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'cancelled')).toEqual([]);
    });

    it('after the expiry its seats stop counting and the assignments beyond them show as a shortfall (GET quota)', async () => {
      const tenant = new TenantClient(app, 'quota');
      await buyWithTerm(app, 'quota', 'p1');
      await tenant.createUser('u1');
      expect((await tenant.assign('u1', 'PHONE_SYSTEM')).status).toBe(201);
      expect((await tenant.quota()).body).toMatchObject({
        phoneSystemSeats: { purchased: 2, assigned: 1 },
        shortfalls: [],
        expiring: [{ purchaseId: 'p1', endsAt: ENDS }],
      });

      time.set(AFTER_END);
      await scheduler(app).run();

      expect((await tenant.quota()).body).toMatchObject({
        phoneSystemSeats: { purchased: 0, assigned: 1 },
        overAllocated: true,
        shortfalls: [{ sku: 'PHONE_SYSTEM', assigned: 1, held: 0 }],
        expiring: [],
      });
    });
  });

  describe('a term already seen through, listed again (the index behind the log, as during a rebuild)', () => {
    const time = settableClock(STARTS);
    const current = appPerTest(time);

    it('is decided again on the cached model, without reading the stream from its start for the key', async () => {
      const app = current();
      await buyWithTerm(app, 'long', 'p1');
      time.set(AFTER_END);
      await scheduler(app).run();
      // More keyed activities than a model remembers: the expiry's key is looked up in the log
      // if anything looks it up (a scan of the stream up to it, with or without the index).
      for (let index = 0; index < REMEMBERED_KEYED_ACTIVITIES + 5; index += 1) {
        const key = `purchase-${index}`;
        await app.nest.get(CommandBus).execute(
          new RecordLicenseActivity(
            'long',
            {
              type: 'PurchaseLicenses',
              purchaseId: `q${index}`,
              sku: 'CALLING_PLAN',
              quantity: 1,
              now: AFTER_END,
              defaultRulebook: 'current',
            },
            { actor: 'test-admin', correlationId: key, idempotency: { key, requestHash: key } },
          ),
        );
      }
      const reads = jest.spyOn(app.store, 'readStream');

      const again = await app.nest
        .get(CommandBus)
        .execute(expiryActivity({ tenantId: 'long', purchaseId: 'p1', endsAt: ENDS }, new Date(AFTER_END)));

      expect(again).toMatchObject({ activityId: null, events: [] });
      // The cached model's catch-up reads after its revision; nothing reads from revision 0.
      const fromStart = reads.mock.calls.filter(([, options]) => (options?.fromRevision ?? 0n) === 0n);
      expect(fromStart).toEqual([]);
      expect(await expiriesIn(app.store, 'long')).toHaveLength(1);
    });

    it("is not sent again by the instance that saw it through, run after run (per tenant: purchase ids are a tenant's own)", async () => {
      const app = current();
      await buyWithTerm(app, 'stale', 'p1');
      await buyWithTerm(app, 'stale-too', 'p1');
      time.set(AFTER_END);
      await caughtUp(app);
      const readModels = app.nest.get(LedgerProjections).readModels;
      // The index as a rebuild leaves it until it reaches the expiries: the terms still listed as live.
      const listed = readModels.termsEndedBy(Date.parse(AFTER_END), 10);
      expect(listed.map((term) => term.tenantId).sort()).toEqual(['stale', 'stale-too']);
      jest.spyOn(readModels, 'termsEndedBy').mockReturnValue(listed);
      const execute = jest.spyOn(app.nest.get(CommandBus), 'execute');

      for (let run = 0; run < 3; run += 1) await scheduler(app).run();

      expect(execute).toHaveBeenCalledTimes(2);
      expect(await expiriesIn(app.store, 'stale')).toHaveLength(1);
      expect(await expiriesIn(app.store, 'stale-too')).toHaveLength(1);
      const metrics = (await app.request<string>('GET', '/metrics')).body;
      expect(sumOfSeries(metrics, 'ledger_subscription_expiries_total', { outcome: 'expired' })).toBe(2);
      expect(sumOfSeries(metrics, 'ledger_subscription_expiries_total', {})).toBe(2);
    });

    it('while the projections rebuild, a run sends nothing; the first run after the rebuild expires the term', async () => {
      const app = current();
      await buyWithTerm(app, 'rebuilding', 'p1');
      time.set(AFTER_END);
      await caughtUp(app);
      const runner = app.nest.get(LedgerProjections).runner;
      const rebuilding = jest.spyOn(runner, 'isRebuilding', 'get').mockReturnValue(true);
      const execute = jest.spyOn(app.nest.get(CommandBus), 'execute');

      expect(await scheduler(app).run()).toBe(false);
      expect(execute).not.toHaveBeenCalled();

      rebuilding.mockReturnValue(false);
      expect(await scheduler(app).run()).toBe(true);
      expect(execute).toHaveBeenCalledTimes(1);
      expect(await expiriesIn(app.store, 'rebuilding')).toHaveLength(1);
    });

    it('a term that expired elsewhere is sent once here and found done (unchanged), then never again', async () => {
      const app = current();
      await buyWithTerm(app, 'elsewhere', 'p1');
      time.set(AFTER_END);
      await caughtUp(app);
      const readModels = app.nest.get(LedgerProjections).readModels;
      const listed = readModels.termsEndedBy(Date.parse(AFTER_END), 10);
      // Another instance (the same derived ids) expired it first.
      await app.nest.get(CommandBus).execute(expiryActivity(listed[0], new Date(AFTER_END)));
      jest.spyOn(readModels, 'termsEndedBy').mockReturnValue(listed);

      await scheduler(app).run();
      await scheduler(app).run();

      const metrics = (await app.request<string>('GET', '/metrics')).body;
      expect(sumOfSeries(metrics, 'ledger_subscription_expiries_total', { outcome: 'unchanged' })).toBe(1);
      expect(sumOfSeries(metrics, 'ledger_subscription_expiries_total', {})).toBe(1);
      expect(await expiriesIn(app.store, 'elsewhere')).toHaveLength(1);
    });
  });

  describe('failures', () => {
    const time = settableClock(STARTS);
    const current = appPerTest(time);

    it('the store failing during a run writes nothing; the next run appends the expiry, once', async () => {
      const app = current();
      await buyWithTerm(app, 'faulty', 'p1');
      time.set(AFTER_END);
      // One append refused as a disk would refuse it; the store works again afterwards.
      jest.spyOn(app.store, 'append').mockRejectedValueOnce(new Error('SQLITE_IOERR: disk I/O error'));

      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'faulty')).toEqual([]);
      expect((await app.request<string>('GET', '/metrics')).body).toMatch(
        /^ledger_subscription_expiries_total\{outcome="failed"\} 1$/m,
      );

      await scheduler(app).run();
      expect(await expiriesIn(app.store, 'faulty')).toHaveLength(1);
      expect((await app.request<string>('GET', '/metrics')).body).toMatch(
        /^ledger_subscription_expiries_total\{outcome="expired"\} 1$/m,
      );
    });

    it('a tenant behind a parked event waits; the other tenants expire', async () => {
      const app = current();
      await buyWithTerm(app, 'held', 'p1');
      await buyWithTerm(app, 'fine', 'p1');
      await app.store.append(
        tenantStreamName('held'),
        [rawEvent('held', 'AccountCreated', { accountId: 'u1' }, 99)],
        'any',
      );
      time.set(AFTER_END);

      await scheduler(app).run();

      expect(await expiriesIn(app.store, 'fine')).toHaveLength(1);
      expect((await app.request<string>('GET', '/metrics')).body).toMatch(
        /^ledger_subscription_expiries_total\{outcome="held"\} 1$/m,
      );
      // Read up to the parked event: everything after it is unreadable to this build anyway.
      let held = 0;
      for await (const recorded of app.store.readStream(tenantStreamName('held'))) {
        if (recorded.type === 'SubscriptionExpired') held += 1;
      }
      expect(held).toBe(0);
    });
  });
});
