import fc from 'fast-check';
import { StoreUnavailableError, type EmbeddedEventStore } from '@ledger/event-store';
import { tenantStreamName, type LedgerCommand } from '@ledger/licensing';
import { commandSequenceOf } from '@ledger/licensing/testing/command-arbitraries';
import { LedgerProjections } from '../projection-catalogue';
import { dump, usersInTenants, writeLedger } from '../testing/ledger-writer';
import { everyRow } from '../testing/projection-rows';
import { rawEvent, userCreated } from '../testing/raw-events';
import { storeFailingOnce } from '../testing/store-wrappers';
import { givenATemporaryStore } from '../testing/temporary-store';

/** Worker threads compile their TypeScript when run from the sources: headroom for a loaded machine. */
jest.setTimeout(120_000);

/** Two workers from the first event on (the service waits for a larger log). */
const ON_TWO_CORES = { rebuildWorkers: 2, parallelRebuildFrom: 0 } as const;
const ON_ONE_THREAD = { rebuildWorkers: 1 } as const;

/** Twelve tenants of random commands (fixed seed), an erasure among them: every kind of row. */
function someTenants(): LedgerCommand[][] {
  const [tenants] = fc.sample(fc.array(commandSequenceOf(40), { minLength: 12, maxLength: 12 }), {
    seed: 18,
    numRuns: 1,
  });
  tenants[3] = [...tenants[3], { type: 'ErasePersonalData' }, ...tenants[3].slice(0, 5)];
  return tenants;
}

describe('Rebuilding on several cores (parallel-rebuild.ts, issue 18)', () => {
  const temporary = givenATemporaryStore('ledger-parallel-rebuild-');
  const file = (name: string) => temporary.file(name);
  let store: EmbeddedEventStore;
  beforeEach(() => {
    store = temporary.store;
  });

  it('given a log of many tenants, an event no projection can apply and one an operator skipped, when rebuilt on two workers, then every row equals a rebuild on one thread', async () => {
    const { tenantIds } = await writeLedger(store, someTenants());
    await store.append(tenantStreamName('held'), [userCreated('held', 'u0')], 'any');
    await store.append(
      tenantStreamName('held'),
      [rawEvent('held', 'LicenseTeleported', { accountId: 'u0' })],
      'any',
    );
    await store.append(tenantStreamName('held'), [userCreated('held', 'u1')], 'any');
    await store.append(tenantStreamName('skipped'), [rawEvent('skipped', 'LicenseTeleported', {})], 'any');
    const skippedAt = (await store.headPosition()) ?? 0n;
    await store.append(tenantStreamName('skipped'), [userCreated('skipped', 'u0')], 'any');

    const serial = LedgerProjections.open(file('serial.sqlite'), store, ON_ONE_THREAD);
    const parallel = LedgerProjections.open(file('parallel.sqlite'), store, ON_TWO_CORES);
    for (const projections of [serial, parallel]) {
      await projections.runner.catchUp();
      await projections.runner.skip(skippedAt);
      // Written before the rebuild: a rebuild replaces them, it does not add to them.
      await writeLedger(store, usersInTenants(2, 3));
    }
    await serial.runner.rebuild();
    const rebuilt = await parallel.runner.rebuild();

    expect(rebuilt.events).toBe(Number(await store.headPosition()));
    expect(everyRow(parallel.db)).toEqual(everyRow(serial.db));
    expect(parallel.runner.parked.list().map((parked) => parked.streamName)).toEqual([
      tenantStreamName('held'),
    ]);
    expect(parallel.runner.position).toBe(serial.runner.position);
    expect(dump(parallel.readModels, tenantIds)).toEqual(dump(serial.readModels, tenantIds));
    await serial.close();
    await parallel.close();
  });

  it('given more tenants than a worker keeps in memory, when rebuilt on two workers, then the ones it evicted are folded again from their snapshots and the store (asked of the reading thread), and every row equals a rebuild on one thread', async () => {
    const { tenantIds } = await writeLedger(store, usersInTenants(8, 12));
    const small = { maxCachedTenants: 2, snapshotEvery: 3 };
    const serial = LedgerProjections.open(file('serial.sqlite'), store, { ...ON_ONE_THREAD, ...small });
    const parallel = LedgerProjections.open(file('parallel.sqlite'), store, { ...ON_TWO_CORES, ...small });
    await serial.runner.rebuild();
    await parallel.runner.rebuild();
    expect(everyRow(parallel.db)).toEqual(everyRow(serial.db));
    expect(dump(parallel.readModels, tenantIds)).toEqual(dump(serial.readModels, tenantIds));
    await serial.close();
    await parallel.close();
  });

  it('given a rebuild on two workers that fails part-way (the store fails a read), then the projections are as they were, and a runner on the file resumes from its checkpoint and ends equal to a rebuild', async () => {
    const { tenantIds } = await writeLedger(store, usersInTenants(6, 10));
    const flaky = storeFailingOnce(store);
    const projections = LedgerProjections.open(file('projections.sqlite'), flaky, ON_TWO_CORES);
    await projections.runner.catchUp();
    const before = everyRow(projections.db);
    const checkpoint = projections.runner.position;
    await writeLedger(store, usersInTenants(2, 5));

    flaky.arm(1);
    await expect(projections.runner.rebuild()).rejects.toBeInstanceOf(StoreUnavailableError);

    expect(everyRow(projections.db)).toEqual(before);
    expect(projections.runner.position).toBe(checkpoint);
    await projections.close();
    // As after a crash: a new runner on the file (nothing in memory) carries on from the checkpoint.
    const resumed = LedgerProjections.open(file('projections.sqlite'), store, ON_TWO_CORES);
    expect(resumed.runner.position).toBe(checkpoint);
    await resumed.runner.catchUp();
    const reference = LedgerProjections.open(file('reference.sqlite'), store, ON_ONE_THREAD);
    await reference.runner.rebuild();
    expect(dump(resumed.readModels, tenantIds)).toEqual(dump(reference.readModels, tenantIds));
    expect(everyRow(resumed.db)).toEqual(everyRow(reference.db));
    await resumed.close();
    await reference.close();
  });

  it('given a running live loop, when rebuilt on two workers, then it follows the log again from the rebuilt checkpoint', async () => {
    await writeLedger(store, usersInTenants(4, 5));
    const projections = LedgerProjections.open(file('projections.sqlite'), store, ON_TWO_CORES);
    projections.runner.start();
    expect(await projections.runner.waitFor(await store.headPosition(), 10_000)).toBe(true);
    await projections.runner.rebuild();
    const { tenantIds } = await writeLedger(store, usersInTenants(1, 3));
    expect(await projections.runner.waitFor(await store.headPosition(), 10_000)).toBe(true);
    expect(projections.readModels.accounts(tenantIds[0]).map((account) => account.accountId)).toEqual([
      'user-0',
      'user-1',
      'user-2',
    ]);
    await projections.close();
  });
});
