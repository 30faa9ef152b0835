import { availableParallelism } from 'node:os';
import type { EventStore } from '@ledger/event-store';
import { AsOfReads } from './as-of/as-of';
import { HistoryProjection } from './history/history-projection';
import { KeyedActivitiesProjection } from './keyed-activities/keyed-activities-projection';
import { openProjectionDatabase, type ProjectionDatabaseOptions } from './database/projection-database';
import type { ProjectionDb } from './database/projection-db';
import { ParkedEvents } from './runner/parked-events';
import type { LedgerProjection } from './runner/projection';
import { WalCheckpointer } from './runner/wal-checkpointer';
import { ParallelRebuild } from './runner/parallel-rebuild';
import { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
import { ReadModels } from './read-models';
import { TenantCheckpoints } from './as-of/tenant-checkpoints';
import { TenantSnapshots } from './as-of/tenant-snapshots';
import { TrendReads } from './trend/trend-reads';
import { TenantViewsProjection, type TenantViewsOptions } from './tenant-views/tenant-views-projection';

export type LedgerProjectionsOptions = ProjectionRunnerOptions &
  ProjectionDatabaseOptions &
  TenantViewsOptions & {
    /**
     * Worker threads of a rebuild (parallel-rebuild.ts; LEDGER_REBUILD_WORKERS); default: the cores
     * this process may use, at most 2. 1: every rebuild on this thread.
     */
    readonly rebuildWorkers?: number;
  };

/** Events per transaction of a rebuild worker: a worker is alone on its file, so large batches cost no one a wait. */
const WORKER_BATCH = 20_000;

/**
 * Every projection the runner feeds, in one list: a new projection is added here. `parked` says
 * which events an operator skipped, so the tenant views fold a tenant's stream without them.
 */
export function ledgerProjectionsOf(
  db: ProjectionDb,
  store: EventStore,
  parked: ParkedEvents,
  options: TenantViewsOptions = {},
): LedgerProjection[] {
  const tenantViews: TenantViewsProjection = new TenantViewsProjection(db, store, options, (position) =>
    parked.isSkipped(tenantViews.name, position),
  );
  return [tenantViews, new HistoryProjection(db), new KeyedActivitiesProjection(db)];
}

/** Only the tenant views' own options (they are posted to rebuild workers, which take plain data). */
function tenantViewsOptionsOf({ snapshotEvery, maxCachedTenants }: TenantViewsOptions): TenantViewsOptions {
  return {
    ...(snapshotEvery === undefined ? {} : { snapshotEvery }),
    ...(maxCachedTenants === undefined ? {} : { maxCachedTenants }),
  };
}

/** The read side as one unit: the projection database, the runner feeding it, and its queries. */
export class LedgerProjections {
  readonly runner: ProjectionRunner;
  readonly readModels: ReadModels;
  /** Tenants as they stood at an instant, replayed from their nearest snapshots. */
  readonly asOf: AsOfReads;
  /** Series at the end of each interval: the tenants' checkpoint rows, or one pass over a stream from its nearest snapshot. */
  readonly trends: TrendReads;
  private readonly checkpointer: WalCheckpointer;

  private constructor(
    readonly db: ProjectionDb,
    store: EventStore,
    options: LedgerProjectionsOptions,
  ) {
    const parked = new ParkedEvents(db);
    this.checkpointer = new WalCheckpointer(db);
    const parallelRebuild = ParallelRebuild.available({
      workers: options.rebuildWorkers ?? Math.min(2, availableParallelism()),
      batchSize: WORKER_BATCH,
      tenantViews: tenantViewsOptionsOf(options),
    });
    this.runner = new ProjectionRunner(db, store, ledgerProjectionsOf(db, store, parked, options), {
      parallelRebuild,
      ...options,
      parked,
      checkpointer: this.checkpointer,
    });
    this.readModels = new ReadModels(db);
    const snapshots = new TenantSnapshots(db);
    const checkpoints = new TenantCheckpoints(db);
    this.asOf = new AsOfReads(store, snapshots, checkpoints, this.readModels);
    this.trends = new TrendReads(store, snapshots, checkpoints, this.readModels);
  }

  static open(
    filePath: string,
    store: EventStore,
    options: LedgerProjectionsOptions = {},
  ): LedgerProjections {
    return new LedgerProjections(openProjectionDatabase(filePath, options), store, options);
  }

  async close(): Promise<void> {
    await this.runner.stop();
    await this.checkpointer.close();
    this.db.close();
  }
}
