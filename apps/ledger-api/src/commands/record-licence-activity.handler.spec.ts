import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmbeddedEventStore, type EventStore } from '@ledger/event-store';
import { tenantStreamName, type LedgerCommand } from '@ledger/licensing';
import { LedgerHttpError } from '../http/ledger-http-error';
import { TenantWriteModels } from '../write-model/tenant-write-models';
import { RecordLicenceActivity } from './record-licence-activity.command';
import { RecordLicenceActivityHandler } from './record-licence-activity.handler';

const TENANT = 'raced';
const NOW = new Date('2026-11-25T10:00:00.000Z');
const context = { actor: 'admin@raced', correlationId: 'c-1' };
const buy = (
  sku: 'PHONE_SYSTEM' | 'PHONE_SYSTEM_VIRTUAL_USER',
  quantity: number,
  purchaseId: string,
): LedgerCommand => ({
  type: 'PurchaseLicenses',
  purchaseId,
  sku,
  quantity,
  policy: 'seed',
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

describe('RecordLicenceActivityHandler', () => {
  let dir: string;
  let store: EmbeddedEventStore;
  let seed: RecordLicenceActivityHandler;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-handler-'));
    store = EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite'));
    seed = new RecordLicenceActivityHandler(new TenantWriteModels(store), store, () => NOW);
    await seed.execute(new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-seats'), context));
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('decides again on fresh state when another writer won the race, and the decision changes with it', async () => {
    // The rival buys the last 25 free Virtual User licences this tenant's one seat allows.
    const racing = withRivalWriteBeforeFirstAppend(store, async () => {
      await seed.execute(
        new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM_VIRTUAL_USER', 25, 'p-rival'), context),
      );
    });
    const handler = new RecordLicenceActivityHandler(new TenantWriteModels(racing), racing, () => NOW);

    const attempt = handler.execute(
      new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM_VIRTUAL_USER', 1, 'p-mine'), context),
    );

    // On fresh state the allocation is used up: the retry refuses instead of over-allocating.
    await expect(attempt).rejects.toMatchObject({ body: { error: 'ALLOCATION_EXCEEDED' } });
    const types = [];
    for await (const event of store.readStream(tenantStreamName(TENANT))) types.push(event.type);
    expect(types).toEqual(['LicensePurchased', 'LicensePurchased']);
  });

  it('counts each lost race it decides again (the conflict-retry metric)', async () => {
    const racing = withRivalWriteBeforeFirstAppend(store, async () => {
      await seed.execute(new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-rival'), context));
    });
    const retried: string[] = [];
    const metrics = {
      commandFinished: () => undefined,
      conflictRetried: (type: string) => retried.push(type),
    };
    const handler = new RecordLicenceActivityHandler(
      new TenantWriteModels(racing),
      racing,
      () => NOW,
      metrics,
    );

    await handler.execute(new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-mine'), context));

    expect(retried).toEqual(['PurchaseLicenses']);
  });

  it('with If-Match, a lost race is a 412 and is not decided again', async () => {
    const racing = withRivalWriteBeforeFirstAppend(store, async () => {
      await seed.execute(new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-rival'), context));
    });
    const handler = new RecordLicenceActivityHandler(new TenantWriteModels(racing), racing, () => NOW);

    const attempt = handler.execute(
      new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM', 1, 'p-mine'), {
        ...context,
        expectedRevision: 0n,
      }),
    );

    await expect(attempt).rejects.toBeInstanceOf(LedgerHttpError);
    await expect(attempt).rejects.toMatchObject({ body: { statusCode: 412, error: 'CONCURRENCY_CONFLICT' } });
  });

  it('stamps every event with the SPEC metadata, from the injected clock', async () => {
    const outcome = await seed.execute(
      new RecordLicenceActivity(TENANT, buy('PHONE_SYSTEM', 2, 'p-2'), context),
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
      schemaVersion: 1,
    });
  });
});
