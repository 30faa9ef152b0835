import { AppendTooLargeError, EmbeddedEventStore } from '@ledger/event-store';
import { tenantStreamName } from '@ledger/licensing';
import { importCommandId, type PlannedActivity } from '@ledger/runtime';
import { CommandFailure } from '../../exit-codes';
import { readLedgerTenant } from './ledger-tenant';
import { recordInStore } from './record-in-store';

const TENANT = 't-1';
const purchase = (n: number): PlannedActivity => {
  const commandId = importCommandId(TENANT, 'subscribedSkus.json', 'MCOEV', String(n));
  return {
    commandId,
    command: { type: 'PurchaseLicenses', purchaseId: commandId, sku: 'PHONE_SYSTEM', quantity: 1 },
    importedFrom: { file: 'subscribedSkus.json', record: 'MCOEV' },
    subject: 'PHONE_SYSTEM',
  };
};
const OPTIONS = { rulebook: 'current' as const, now: new Date('2026-11-30T12:00:00Z'), dryRun: false };

describe('recording an import in the store', () => {
  it('appends the activities in order after what the ledger held, each with its own activity id', async () => {
    const store = EmbeddedEventStore.open(':memory:');
    const report = await recordInStore(
      store,
      TENANT,
      await readLedgerTenant(store, TENANT),
      [purchase(1), purchase(2)],
      OPTIONS,
    );
    const ledger = await readLedgerTenant(store, TENANT);
    expect(ledger.state.seats.PHONE_SYSTEM.purchased).toBe(2);
    // RulebookAdopted with the first activity, then one LicensePurchased each.
    expect(ledger.revision).toBe(2n);
    expect(new Set(report.recorded.map((outcome) => outcome.activityId)).size).toBe(2);
    await store.close();
  });

  it('when someone else wrote to the tenant after the import read it, appends nothing and says to run it again', async () => {
    const store = EmbeddedEventStore.open(':memory:');
    const read = await readLedgerTenant(store, TENANT);
    await recordInStore(store, TENANT, read, [purchase(1)], OPTIONS);
    const held = await readLedgerTenant(store, TENANT);
    await expect(recordInStore(store, TENANT, read, [purchase(2)], OPTIONS)).rejects.toEqual(
      new CommandFailure(
        `tenant ${TENANT} was written by someone else during the import; run it again: it records only what is still missing`,
      ),
    );
    const after = await readLedgerTenant(store, TENANT);
    expect(after.revision).toBe(held.revision);
    let events = 0;
    for await (const _ of store.readStream(tenantStreamName(TENANT))) events += 1;
    expect(events).toBe(2);
    await store.close();
  });

  it('a dry run decides and appends nothing', async () => {
    const store = EmbeddedEventStore.open(':memory:');
    const report = await recordInStore(store, TENANT, await readLedgerTenant(store, TENANT), [purchase(1)], {
      ...OPTIONS,
      dryRun: true,
    });
    expect(report.recorded).toHaveLength(1);
    expect((await readLedgerTenant(store, TENANT)).revision).toBeNull();
    await store.close();
  });

  it('a batch the store refuses as too large is split between activities: every activity appended whole, in order', async () => {
    const store = EmbeddedEventStore.open(':memory:');
    const append = jest.spyOn(store, 'append');
    // ~600 bytes an event: 2,000 activities are more than the store's 1 MiB at once.
    const planned = Array.from({ length: 2_000 }, (_, n) => purchase(n));
    const report = await recordInStore(
      store,
      TENANT,
      await readLedgerTenant(store, TENANT),
      planned,
      OPTIONS,
    );
    expect(report.recorded).toHaveLength(2_000);
    const outcomes = await Promise.allSettled(
      append.mock.results.map((result) => result.value as Promise<unknown>),
    );
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: expect.any(AppendTooLargeError) });
    expect(outcomes.slice(1).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
    const purchaseIds: unknown[] = [];
    for await (const event of store.readStream(tenantStreamName(TENANT))) {
      if (event.type === 'LicensePurchased') purchaseIds.push(event.data.purchaseId);
    }
    expect(purchaseIds).toEqual(planned.map((activity) => activity.commandId));
    expect((await readLedgerTenant(store, TENANT)).revision).toBe(2_000n);
    await store.close();
  });
});
