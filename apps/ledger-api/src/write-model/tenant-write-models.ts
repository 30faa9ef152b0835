import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { tenantStreamName } from '@ledger/licensing';
import { EVENT_STORE } from '../store/event-store.tokens';
import { KeyedMutex } from './keyed-mutex';
import { TenantWriteModel } from './tenant-write-model';

/** Tenants kept in memory; the least recently used beyond this are dropped and re-read on demand. */
const MAX_CACHED_TENANTS = 50_000;

/**
 * The cache of tenant write models. A model is never re-read whole per command: it is caught
 * up from its last revision, so events written by another instance are folded in before
 * deciding, and the expected revision on append catches anything newer still.
 */
@Injectable()
export class TenantWriteModels {
  private readonly models = new Map<string, TenantWriteModel>();
  private readonly mutex = new KeyedMutex();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Runs `work` on the tenant's caught-up model, one piece of work per tenant at a time. */
  withCaughtUpModel<T>(tenantId: string, work: (model: TenantWriteModel) => Promise<T> | T): Promise<T> {
    return this.mutex.run(tenantId, async () => {
      const model = await this.catchUp(this.cachedModel(tenantId));
      return work(model);
    });
  }

  private cachedModel(tenantId: string): TenantWriteModel {
    const cached = this.models.get(tenantId);
    if (cached !== undefined) {
      // Re-insert: Map iteration order is then least recently used first.
      this.models.delete(tenantId);
      this.models.set(tenantId, cached);
      return cached;
    }
    const model = new TenantWriteModel(tenantId);
    this.models.set(tenantId, model);
    if (this.models.size > MAX_CACHED_TENANTS) {
      const oldest = this.models.keys().next().value;
      if (oldest !== undefined) this.models.delete(oldest);
    }
    return model;
  }

  private async catchUp(model: TenantWriteModel): Promise<TenantWriteModel> {
    const fromRevision = model.revision === null ? 0n : model.revision + 1n;
    for await (const recorded of this.store.readStream(tenantStreamName(model.tenantId), { fromRevision })) {
      model.apply(recorded);
    }
    return model;
  }
}
