import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmbeddedEventStore, type EventStore } from '@ledger/event-store';
import { tenantStreamName, type LedgerCommand, type Sku } from '@ledger/licensing';
import { Registry } from 'prom-client';
import { type ApplicationError, ConcurrencyConflict } from '../errors/application-errors';
import { CommandMetrics } from '../observability/command-metrics';
import { REMEMBERED_KEYED_ACTIVITIES, TenantWriteModelCache } from '@ledger/runtime';
import { RecordLicenseActivity } from './record-license-activity.command';
import { RecordLicenseActivityHandler } from './record-license-activity.handler';

const TENANT = 'raced';
const NOW = new Date('2026-11-25T10:00:00.000Z');
const context = { actor: 'admin@raced', correlationId: 'c-1' };
const buy = (sku: Sku, quantity: number, purchaseId: string): LedgerCommand => ({
  type: 'PurchaseLicenses',
  purchaseId,
  sku,
  quantity,
});

/**
 * Another instance of the service, simulated: it writes to the same stream right after this
 * instance caught up and before it appends, so this instance's expected revision is stale.
 */
function withRivalWriteBeforeFirstAppend(store: EventStore, rival: () => Promise<void>): EventStore {
  let raced = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'append' && !raced) {
        return async (...args: Parameters<EventStore['append']>) => {
          raced = true;
          await rival();
          return target.append(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The events of the tenant's stream, type and data, in order. */
async function logOf(store: EventStore): Promise<{ type: string; data: unknown }[]> {
  const events = [];
  for await (const { type, data } of store.readStream(tenantStreamName(TENANT))) events.push({ type, data });
  return events;
}

const keyed = (key: string, requestHash: string) => ({ ...context, idempotency: { key, requestHash } });

/** A resource account holding a Virtual User licence, recorded through `handler`. */
async function givenLicensedResourceAccount(
  handler: RecordLicenseActivityHandler,
  accountId: string,
  resourceType: 'auto-attendant' | 'call-queue',
): Promise<void> {
  const commands: LedgerCommand[] = [
    buy('PHONE_SYSTEM_VIRTUAL_USER', 1, `p-vu-${accountId}`),
    { type: 'CreateAccount', accountId, displayName: accountId, kind: 'resource', resourceType },
    { type: 'ChangeLicenses', accountId, add: ['PHONE_SYSTEM_VIRTUAL_USER'], remove: [] },
  ];
  for (const command of commands) await handler.execute(new RecordLicenseActivity(TENANT, command, context));
}

describe('RecordLicenseActivityHandler', () => {
  let dir: string;
  let store: EmbeddedEventStore;
  let seed: RecordLicenseActivityHandler;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-handler-'));
    store = EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite'));
    seed = new RecordLicenseActivityHandler(new TenantWriteModelCache(store), store, () => NOW);
    await seed.execute(new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-seats'), context));
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('decides again on fresh state when another writer won the race, and the decision changes with it', async () => {
    // The rival buys the last 25 free Virtual User licences this tenant's one seat allows.
    const racing = withRivalWriteBeforeFirstAppend(store, async () => {
      await seed.execute(
        new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM_VIRTUAL_USER', 25, 'p-rival'), context),
      );
    });
    const handler = new RecordLicenseActivityHandler(new TenantWriteModelCache(racing), racing, () => NOW);

    const attempt = handler.execute(
      new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM_VIRTUAL_USER', 1, 'p-mine'), context),
    );

    // On fresh state the allocation is used up: the retry refuses instead of over-allocating.
    await expect(attempt).rejects.toMatchObject({ code: 'ALLOCATION_EXCEEDED' });
    const types = [];
    for await (const event of store.readStream(tenantStreamName(TENANT))) types.push(event.type);
    expect(types).toEqual(['LicensePurchased', 'LicensePurchased']);
  });

  it('counts each lost race it decides again (the conflict-retry metric)', async () => {
    const racing = withRivalWriteBeforeFirstAppend(store, async () => {
      await seed.execute(new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-rival'), context));
    });
    const registry = new Registry();
    const handler = new RecordLicenseActivityHandler(
      new TenantWriteModelCache(racing),
      racing,
      () => NOW,
      new CommandMetrics(registry),
    );

    await handler.execute(new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-mine'), context));

    const retries = await registry.getSingleMetric('ledger_command_conflict_retries_total')?.get();
    expect(retries?.values).toEqual([{ labels: { type: 'PurchaseLicenses' }, value: 1 }]);
  });

  it('with If-Match, a lost race is a CONCURRENCY_CONFLICT and is not decided again', async () => {
    const racing = withRivalWriteBeforeFirstAppend(store, async () => {
      await seed.execute(new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-rival'), context));
    });
    const handler = new RecordLicenseActivityHandler(new TenantWriteModelCache(racing), racing, () => NOW);

    const attempt = handler.execute(
      new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-mine'), {
        ...context,
        expectedRevision: 0n,
      }),
    );

    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(attempt).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
  });

  it('stamps every event with the SPEC metadata, from the injected clock', async () => {
    const outcome = await seed.execute(
      new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 2, 'p-2'), context),
    );
    const events = [];
    for await (const event of store.readStream(tenantStreamName(TENANT), { fromRevision: 1n }))
      events.push(event);
    expect(events[0].metadata).toEqual({
      tenantId: TENANT,
      activityId: outcome.activityId,
      commandId: expect.any(String),
      actor: 'admin@raced',
      correlationId: 'c-1',
      occurredAt: NOW.toISOString(),
      // LicensePurchased is written at version 2 since rulebooks (R9, R10, R13).
      schemaVersion: 2,
    });
  });

  describe('the same Idempotency-Key decided on two instances at once (issue 10, finding 1)', () => {
    // Instance A and instance B (each its own cache of write models) share one log. Both have
    // caught up to the same revision; A records the keyed request first; then B appends the same
    // key's event ids, which the store de-duplicates.
    function twoInstancesRacing(onA: RecordLicenseActivity) {
      const instanceA = new RecordLicenseActivityHandler(new TenantWriteModelCache(store), store, () => NOW);
      const racing = withRivalWriteBeforeFirstAppend(store, async () => {
        await instanceA.execute(onA);
      });
      const modelsB = new TenantWriteModelCache(racing);
      return { instanceB: new RecordLicenseActivityHandler(modelsB, racing, () => NOW) };
    }

    it("with another body: B answers IDEMPOTENCY_KEY_REUSED and the log holds A's write alone", async () => {
      const { instanceB } = twoInstancesRacing(
        new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-on-a'), keyed('k-1', 'hash-one-seat')),
      );

      const onB = instanceB.execute(
        new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 100, 'p-on-b'), keyed('k-1', 'hash-100-seats')),
      );

      await expect(onB).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      const log = await logOf(store);
      expect(log.map((event) => event.data)).toEqual([
        expect.objectContaining({ purchaseId: 'p-seats', quantity: 1 }),
        expect.objectContaining({ purchaseId: 'p-on-a', quantity: 1 }),
      ]);
    });

    it("with the same body: B answers as a replay of what A recorded (A's purchaseId and revision), and decides on it afterwards", async () => {
      const { instanceB } = twoInstancesRacing(
        new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-on-a'), keyed('k-2', 'same-body')),
      );

      const answer = await instanceB.execute(
        new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-on-b'), keyed('k-2', 'same-body')),
      );

      expect(answer).toMatchObject({ replayed: true, revision: 1n });
      expect(answer.events).toEqual([
        expect.objectContaining({
          type: 'LicensePurchased',
          data: expect.objectContaining({ purchaseId: 'p-on-a' }),
        }),
      ]);
      // B folded the log's purchase, not its own: cancelling A's purchase works, B's never existed.
      await expect(
        instanceB.execute(
          new RecordLicenseActivity(TENANT, { type: 'CancelPurchase', purchaseId: 'p-on-b' }, context),
        ),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await instanceB.execute(
        new RecordLicenseActivity(TENANT, { type: 'CancelPurchase', purchaseId: 'p-on-a' }, context),
      );
    });

    it("B's model never counts seats the log lacks: its later assignments respect what A recorded (R4)", async () => {
      const { instanceB } = twoInstancesRacing(
        new RecordLicenseActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-on-a'), keyed('k-3', 'one-seat')),
      );
      await expect(
        instanceB.execute(
          new RecordLicenseActivity(
            TENANT,
            buy('PHONE_SYSTEM', 100, 'p-on-b'),
            keyed('k-3', 'hundred-seats'),
          ),
        ),
      ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

      // 2 seats in the log (p-seats and p-on-a): the third user's assignment is refused.
      const results = [];
      for (const user of ['u1', 'u2', 'u3']) {
        await instanceB.execute(
          new RecordLicenseActivity(
            TENANT,
            { type: 'CreateAccount', accountId: user, displayName: user, kind: 'user' },
            context,
          ),
        );
        results.push(
          await instanceB
            .execute(
              new RecordLicenseActivity(
                TENANT,
                { type: 'ChangeLicenses', accountId: user, add: ['PHONE_SYSTEM'], remove: [] },
                context,
              ),
            )
            .then(
              () => 'assigned',
              (error: ApplicationError) => error.code,
            ),
        );
      }
      expect(results).toEqual(['assigned', 'assigned', 'NO_SEAT_AVAILABLE']);
    });

    it('when the two decisions have different numbers of events, B answers IDEMPOTENCY_KEY_REUSED, never a failure', async () => {
      await givenLicensedResourceAccount(seed, 'ra', 'call-queue');
      // A's request with the key buys (one event); B's, with the same key, deletes the licensed
      // account (two events: the licence released, then the account deleted).
      const { instanceB } = twoInstancesRacing(
        new RecordLicenseActivity(TENANT, buy('CALLING_PLAN', 1, 'p-on-a'), keyed('k-4', 'buy')),
      );

      const onB = instanceB.execute(
        new RecordLicenseActivity(TENANT, { type: 'DeleteAccount', accountId: 'ra' }, keyed('k-4', 'delete')),
      );

      await expect(onB).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect((await logOf(store)).map((event) => event.type).slice(-2)).toEqual([
        'LicenseAssigned',
        'LicensePurchased',
      ]);
    });
  });

  describe('keyed activities beyond what a model remembers (issue 10, finding 6)', () => {
    const keyedWrites = REMEMBERED_KEYED_ACTIVITIES + 20;

    it('an old key still answers as a replay, warnings included, after the model forgot it', async () => {
      // The first keyed activity leaves a resource account with a number and no licence: a warning.
      await givenLicensedResourceAccount(seed, 'aa', 'auto-attendant');
      await seed.execute(
        new RecordLicenseActivity(
          TENANT,
          { type: 'AssignPhoneNumber', accountId: 'aa', phoneNumber: '+14255550100' },
          context,
        ),
      );
      const removal = new RecordLicenseActivity(
        TENANT,
        { type: 'ChangeLicenses', accountId: 'aa', add: [], remove: ['PHONE_SYSTEM_VIRTUAL_USER'] },
        keyed('old-key', 'remove'),
      );
      const first = await seed.execute(removal);
      expect(first.warnings).toEqual([expect.objectContaining({ code: 'SPLIT_SWAP_RISK' })]);
      for (let index = 0; index < keyedWrites; index += 1) {
        await seed.execute(
          new RecordLicenseActivity(
            TENANT,
            buy('CALLING_PLAN', 1, `p-${index}`),
            keyed(`key-${index}`, `h-${index}`),
          ),
        );
      }

      // A fresh instance folds the whole stream and remembers only the newest keys; so does `seed`.
      for (const handler of [
        seed,
        new RecordLicenseActivityHandler(new TenantWriteModelCache(store), store, () => NOW),
      ]) {
        const again = await handler.execute(removal);
        expect(again).toEqual({ ...first, replayed: true });
        await expect(
          handler.execute(
            new RecordLicenseActivity(
              TENANT,
              buy('CALLING_PLAN', 1, 'p-x'),
              keyed('old-key', 'another body'),
            ),
          ),
        ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      }
      const log = await logOf(store);
      expect(log.filter((event) => event.type === 'LicenseUnassigned')).toHaveLength(1);
    });

    it('remembers a bounded number of keys, however many keyed writes a tenant makes', async () => {
      const models = new TenantWriteModelCache(store);
      const handler = new RecordLicenseActivityHandler(models, store, () => NOW);
      for (let index = 0; index < keyedWrites; index += 1) {
        await handler.execute(
          new RecordLicenseActivity(
            TENANT,
            buy('CALLING_PLAN', 1, `p-${index}`),
            keyed(`key-${index}`, `h-${index}`),
          ),
        );
      }
      const remembered = await models.withCaughtUpModel(TENANT, (model) =>
        Array.from({ length: keyedWrites }, (_, index) => model.keyedActivity(`key-${index}`)).filter(
          (activity) => activity !== undefined,
        ),
      );
      expect(remembered).toHaveLength(REMEMBERED_KEYED_ACTIVITIES);
      // The newest are the ones remembered; a new key is still decided (not mistaken for an old one).
      const fresh = await handler.execute(
        new RecordLicenseActivity(TENANT, buy('CALLING_PLAN', 1, 'p-new'), keyed('new-key', 'h-new')),
      );
      expect(fresh.replayed).toBe(false);
    });
  });
});
