import type { LedgerCommand } from '@ledger/licensing';
import { assign, createResource, purchase, remove } from '@ledger/licensing/testing/command-builders';
import { observableState } from '@ledger/projections/testing/ledger-writer';
import { givenATemporaryStore } from '@ledger/projections/testing/temporary-store';
import { LicenseActivityRecorder } from './license-activity-recorder';
import { TenantWriteModel } from './tenant-write-model';
import { TenantWriteModelCache } from './tenant-write-model-cache';

const TENANT = 'folded';
const NOW = new Date('2026-11-30T10:00:00.000Z');
const context = { actor: 'admin@folded', correlationId: 'c-1' };

describe('TenantWriteModel: what this instance appended, folded as decided', () => {
  const temporary = givenATemporaryStore('write-model-');

  it('equals the model another instance folds from the log: state, revision and keyed answers', async () => {
    const cache = new TenantWriteModelCache(temporary.store);
    const recorder = new LicenseActivityRecorder(cache, temporary.store, () => NOW);
    const write = (command: LedgerCommand, key?: string) =>
      recorder.record({
        tenantId: TENANT,
        command,
        context:
          key === undefined ? context : { ...context, idempotency: { key, requestHash: `hash-${key}` } },
      });
    await write(purchase('PHONE_SYSTEM', 1));
    await write(purchase('PHONE_SYSTEM_VIRTUAL_USER', 3), 'k-seats');
    await write(createResource('aa-1', 'auto-attendant'));
    await write(assign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 'k-assign');
    // The first half of a split swap: decide answers a warning, and a keyed retry must answer it again.
    const risky = await write(remove('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 'k-risk');
    expect(risky.warnings.map((warning) => warning.code)).toEqual(['SPLIT_SWAP_RISK']);

    const appended = await cache.withCaughtUpModel(TENANT, (model) => model);
    const fromTheLog = new TenantWriteModel(TENANT);
    await fromTheLog.catchUp(temporary.store);

    expect(appended.revision).toBe(fromTheLog.revision);
    expect(observableState(appended.state)).toEqual(observableState(fromTheLog.state));
    for (const key of ['k-seats', 'k-assign', 'k-risk']) {
      expect(appended.keyedActivity(key)).toEqual(fromTheLog.keyedActivity(key));
    }
    expect(appended.keyedActivity('k-risk')?.warnings).toEqual(risky.warnings);
  });
});
