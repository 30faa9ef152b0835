import type { EventStore, EventToAppend } from '@ledger/event-store';
import { tenantStreamName, type Rulebook, type TenantState } from '@ledger/licensing';
import { recordActivities, type PlannedActivity, type RecordingReport } from '@ledger/runtime';
import { appendingImport } from './export-files';
import type { LedgerTenant } from './ledger-tenant';
import { ActivityBatch } from '../../demo/activity-batch';

/** Events per append at most: a few hundred activities share one commit, as the demo's do. */
const BATCH_EVENTS = 1_000;

/**
 * Appends an import's activities to the tenant's stream several at a time (each activity whole,
 * each event with its own activity id and metadata), expecting the revision the import read: a
 * write by anyone else in between fails the next append, and nothing of that batch is appended.
 */
export class BatchedAppends {
  private readonly batch = new ActivityBatch(BATCH_EVENTS);
  private readonly stream: string;

  constructor(
    private readonly store: EventStore,
    tenantId: string,
    private revision: bigint | null,
  ) {
    this.stream = tenantStreamName(tenantId);
  }

  /** One activity's events; appends the batches that are complete. */
  readonly append = async (events: readonly EventToAppend[]): Promise<void> => {
    for (const complete of this.batch.add(events)) await this.write(complete);
  };

  /** Appends what is left. */
  async flush(): Promise<void> {
    await this.write(this.batch.take());
  }

  private async write(events: EventToAppend[]): Promise<void> {
    if (events.length === 0) return;
    await this.store.append(this.stream, events, this.revision === null ? 'no-stream' : this.revision);
    this.revision = (this.revision ?? -1n) + BigInt(events.length);
  }
}

/**
 * Records planned activities on the tenant as the ledger holds it, appended in batches (or, for a
 * dry run, decided only); a concurrent write fails it with what to do.
 */
export function recordInStore(
  store: EventStore,
  tenantId: string,
  ledger: LedgerTenant,
  planned: readonly PlannedActivity[],
  options: { readonly rulebook: Rulebook; readonly now: Date; readonly dryRun: boolean },
): Promise<RecordingReport & { readonly state: TenantState }> {
  const appends = options.dryRun ? undefined : new BatchedAppends(store, tenantId, ledger.revision);
  return appendingImport(tenantId, async () => {
    const report = await recordActivities(planned, ledger.state, {
      tenantId,
      rulebook: options.rulebook,
      now: options.now,
      ...(appends === undefined ? {} : { append: appends.append }),
    });
    await appends?.flush();
    return report;
  });
}
