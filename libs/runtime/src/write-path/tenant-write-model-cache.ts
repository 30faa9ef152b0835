import type { EventStore } from '@ledger/event-store';
import { decodeLedgerEvent, tenantStreamName, type LedgerEvent, type LedgerWarning } from '@ledger/licensing';
import { foldTenantStream, LruCache, unfoldedTenant } from '@ledger/projections';
import type { KeyedActivityIndex } from './keyed-activity-index';
import { KeyedMutex } from './keyed-mutex';
import { type KeyedActivity, TenantWriteModel } from './tenant-write-model';

/**
 * Tenants kept in memory; the least recently used beyond this are dropped and folded again from
 * their stream by their next command (about 3 ms for a tenant of ~100 events). Sized to the
 * memory budget (issue 18: RSS ≤ 1 GiB with 100,000 tenants): a demo tenant's model holds
 * ~12 KiB, and 50,000 of them took 601 MiB of the 1,260 MiB measured (bench "memory").
 */
export const MAX_CACHED_WRITE_MODELS = 20_000;

/** An activity written with an Idempotency-Key, read back from the log: enough to give the same answer again. */
export interface RecordedActivity {
  readonly activityId: string;
  readonly requestHash: string;
  readonly revision: bigint;
  readonly events: readonly LedgerEvent[];
  readonly warnings: readonly LedgerWarning[];
}

/**
 * The cache of tenant write models. A model is never re-read whole per command: it is caught
 * up from its last revision, so events written by another instance are folded in before
 * deciding, and the expected revision on append catches anything newer still.
 */
export class TenantWriteModelCache {
  private readonly models = new LruCache<string, TenantWriteModel>(MAX_CACHED_WRITE_MODELS);
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly store: EventStore,
    private readonly index?: KeyedActivityIndex,
  ) {}

  /** Runs `work` on the tenant's caught-up model, one piece of work per tenant at a time. */
  withCaughtUpModel<T>(tenantId: string, work: (model: TenantWriteModel) => Promise<T> | T): Promise<T> {
    return this.mutex.run(tenantId, async () => {
      const model = this.cachedModel(tenantId);
      await model.catchUp(this.store);
      return work(model);
    });
  }

  /**
   * The activity the caught-up `model`'s stream recorded under `idempotencyKey`, read back from the
   * log; undefined when the key was never used. A key the model remembers costs one short read; an
   * older one is looked up in the log (through the index when there is one, else by a scan).
   */
  async recordedActivity(
    model: TenantWriteModel,
    idempotencyKey: string,
  ): Promise<RecordedActivity | undefined> {
    const remembered = model.keyedActivity(idempotencyKey);
    if (remembered !== undefined) return this.readBack(model.tenantId, remembered);
    const forgottenThrough = model.forgottenThrough;
    if (forgottenThrough === null || model.revision === null) return undefined;
    let through = model.revision;
    const indexed = await this.index?.find(model.tenantId, idempotencyKey, forgottenThrough);
    if (indexed === undefined && this.index !== undefined) return undefined;
    // Without an index, or with one that lags, the stream is scanned up to the model's revision.
    if (indexed !== undefined && indexed !== 'not-covered') through = indexed.lastRevision;
    const found = await this.scanForKey(model.tenantId, idempotencyKey, through);
    return found === undefined ? undefined : this.readBack(model.tenantId, found);
  }

  private async readBack(tenantId: string, activity: KeyedActivity): Promise<RecordedActivity> {
    const events: LedgerEvent[] = [];
    for await (const recorded of this.store.readStream(tenantStreamName(tenantId), {
      fromRevision: activity.firstRevision,
      maxCount: Number(activity.lastRevision - activity.firstRevision) + 1,
    })) {
      events.push(decodeLedgerEvent(recorded).event);
    }
    return {
      activityId: activity.activityId,
      requestHash: activity.requestHash,
      revision: activity.lastRevision,
      events,
      warnings: activity.warnings,
    };
  }

  /**
   * Folds the stream from its start through `throughRevision` into a scratch model that remembers
   * only the newest keyed activity, and keeps the last sight of `idempotencyKey`'s: its place in
   * the log and the warnings it was answered with (judged, as then, on the state before it).
   */
  private async scanForKey(
    tenantId: string,
    idempotencyKey: string,
    throughRevision: bigint,
  ): Promise<KeyedActivity | undefined> {
    const scratch = new TenantWriteModel(tenantId, 1);
    let found: KeyedActivity | undefined;
    await foldTenantStream(this.store, tenantId, unfoldedTenant(), {
      throughRevision,
      observe: (recorded, decoded, before) => {
        scratch.remember(recorded, decoded, before);
        found = scratch.keyedActivity(idempotencyKey) ?? found;
      },
    });
    return found;
  }

  private cachedModel(tenantId: string): TenantWriteModel {
    const cached = this.models.get(tenantId);
    if (cached !== undefined) return cached;
    const model = new TenantWriteModel(tenantId);
    this.models.set(tenantId, model);
    return model;
  }
}
