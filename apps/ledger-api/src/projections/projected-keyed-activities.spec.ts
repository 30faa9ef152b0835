import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmbeddedEventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { RecordLicenseActivity } from '../commands/record-license-activity.command';
import { RecordLicenseActivityHandler } from '../commands/record-license-activity.handler';
import { REMEMBERED_KEYED_ACTIVITIES, TenantWriteModelCache } from '@ledger/runtime';
import { ProjectedKeyedActivities } from './projected-keyed-activities';

const TENANT = 'keyed';
const NOW = new Date('2026-11-30T12:00:00.000Z');

describe('Idempotency-Keys a write model forgot, found through the projections index', () => {
  let dir: string;
  let store: EmbeddedEventStore;
  let projections: LedgerProjections;
  let handler: RecordLicenseActivityHandler;
  const purchase = (key: string, quantity: number) =>
    new RecordLicenseActivity(
      TENANT,
      {
        type: 'PurchaseLicenses',
        purchaseId: `p-${key}-${quantity}`,
        sku: 'CALLING_PLAN',
        quantity,
      },
      { actor: 'admin', correlationId: key, idempotency: { key, requestHash: `${key}:${quantity}` } },
    );

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-keyed-'));
    store = EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite'));
    projections = LedgerProjections.open(path.join(dir, 'projections.sqlite'), store);
    handler = new RecordLicenseActivityHandler(
      new TenantWriteModelCache(store, new ProjectedKeyedActivities(projections)),
      store,
      () => NOW,
    );
    projections.runner.start();
    await handler.execute(purchase('first', 7));
    for (let index = 0; index < REMEMBERED_KEYED_ACTIVITIES + 5; index += 1) {
      await handler.execute(purchase(`newer-${index}`, 1));
    }
  });
  afterEach(async () => {
    await projections.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function eventCount(): Promise<number> {
    let count = 0;
    for await (const _event of store.readAll()) count += 1;
    return count;
  }

  it('replays the forgotten key, refuses it with another body, and decides a new key', async () => {
    const before = await eventCount();

    await expect(handler.execute(purchase('first', 7))).resolves.toMatchObject({
      replayed: true,
      revision: 0n,
    });
    await expect(handler.execute(purchase('first', 8))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    await expect(handler.execute(purchase('brand-new', 1))).resolves.toMatchObject({ replayed: false });
    expect(await eventCount()).toBe(before + 1);
  });

  it('while the index lags behind what the model forgot, reads the log instead: same answers, nothing doubled', async () => {
    await projections.runner.stop();
    // Newer keyed writes move what the model forgot past everything the stopped index holds.
    for (let index = 0; index < 3; index += 1) await handler.execute(purchase(`while-stopped-${index}`, 1));
    const before = await eventCount();

    await expect(handler.execute(purchase('first', 7))).resolves.toMatchObject({
      replayed: true,
      revision: 0n,
    });
    await expect(handler.execute(purchase('while-stopped-0', 1))).resolves.toMatchObject({ replayed: true });
    await expect(handler.execute(purchase('first', 8))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    await expect(handler.execute(purchase('brand-new', 1))).resolves.toMatchObject({ replayed: false });
    expect(await eventCount()).toBe(before + 1);
  }, 30_000);
});
