import { AppendTooLargeError, type EventStore, type EventToAppend } from '@ledger/event-store';
import { tenantStreamName, type Rulebook, type TenantState } from '@ledger/licensing';
import { recordActivities, type PlannedActivity, type RecordingReport } from '@ledger/runtime';
import { appendingImport } from './export-files';
import type { LedgerTenant } from './ledger-tenant';

/**
 * Events per append to begin with. The store takes at most 1 MiB at once as it counts it, after the
 * personal-data seal (~600 bytes an imported event): this first guess is too large, and the first
 * refusal sets the size that fits (about 1,600 events). Fewer commits is what counts: a commit per
 * thousand events, each synced to disk, was a tenth of a 100,000-record audit replay (issue 15).
 */
const FIRST_BATCH_EVENTS = 2_000;
/** Room left under the store's limit when a refusal sets the batch size. */
const HEADROOM = 0.9;

/**
 * Appends an import's activities to the tenant's stream several at a time (each activity whole,
 * each event with its own activity id and metadata), expecting the revision the import read: a
 * write by anyone else in between fails the next append, and nothing of that batch is appended.
 * A batch the store refuses as too large (AppendTooLargeError: nothing was written) is split at
 * activity boundaries and written again, and later batches are sized by that refusal.
 */
export class BatchedAppends {
  private activities: (readonly EventToAppend[])[] = [];
  private events = 0;
  private batchEvents = FIRST_BATCH_EVENTS;
  private readonly stream: string;

  constructor(
    private readonly store: EventStore,
    tenantId: string,
    private revision: bigint | null,
  ) {
    this.stream = tenantStreamName(tenantId);
  }

  /** One activity's events; appends the batch once it is full. */
  readonly append = async (events: readonly EventToAppend[]): Promise<void> => {
    this.activities.push(events);
    this.events += events.length;
    if (this.events >= this.batchEvents) await this.flush();
  };

  /** Appends what is left. */
  async flush(): Promise<void> {
    const activities = this.activities;
    this.activities = [];
    this.events = 0;
    await this.write(activities);
  }

  private async write(activities: readonly (readonly EventToAppend[])[]): Promise<void> {
    const events = activities.flat();
    if (events.length === 0) return;
    try {
      await this.store.append(this.stream, events, this.revision === null ? 'no-stream' : this.revision);
    } catch (error) {
      if (!(error instanceof AppendTooLargeError) || activities.length === 1) throw error;
      const share = error.size === null ? 0.5 : (error.limit / error.size) * HEADROOM;
      this.batchEvents = Math.max(1, Math.min(this.batchEvents, Math.floor(events.length * share)));
      for (const part of inBatches(activities, this.batchEvents)) await this.write(part);
      return;
    }
    this.revision = (this.revision ?? -1n) + BigInt(events.length);
  }
}

/** Consecutive activities in groups of about `events` events (an activity never split; at least one each). */
function inBatches(
  activities: readonly (readonly EventToAppend[])[],
  events: number,
): (readonly EventToAppend[])[][] {
  const batches: (readonly EventToAppend[])[][] = [];
  let batch: (readonly EventToAppend[])[] = [];
  let count = 0;
  for (const activity of activities) {
    if (batch.length > 0 && count + activity.length > events) {
      batches.push(batch);
      batch = [];
      count = 0;
    }
    batch.push(activity);
    count += activity.length;
  }
  if (batch.length > 0) batches.push(batch);
  // A split that leaves one group would ask the same again: halve it instead.
  if (batches.length === 1 && activities.length > 1) {
    const half = Math.ceil(activities.length / 2);
    return [activities.slice(0, half), activities.slice(half)];
  }
  return batches;
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
