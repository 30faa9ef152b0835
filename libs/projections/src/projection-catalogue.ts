import type { EventStore } from '@ledger/event-store';
import { AsOfReads } from './as-of/as-of';
import { HistoryProjection } from './history/history-projection';
import { KeyedActivitiesProjection } from './keyed-activities/keyed-activities-projection';
import { openProjectionDatabase, type ProjectionDatabaseOptions } from './database/projection-database';
import type { ProjectionDb } from './database/projection-db';
import { ParkedEvents } from './runner/parked-events';
import type { LedgerProjection } from './runner/projection';
import { WalCheckpointer } from './runner/wal-checkpointer';
import { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
import { ReadModels } from './read-models';
import { TenantCheckpoints } from './as-of/tenant-checkpoints';
import { TenantSnapshots } from './as-of/tenant-snapshots';
import { TrendReads } from './trend/trend-reads';
import { TenantViewsProjection, type TenantViewsOptions } from './tenant-views/tenant-views-projection';

export type LedgerProjectionsOptions = ProjectionRunnerOptions &
  ProjectionDatabaseOptions &
  TenantViewsOptions;

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
    options: ProjectionRunnerOptions & TenantViewsOptions,
  ) {
    const parked = new ParkedEvents(db);
    this.checkpointer = new WalCheckpointer(db);
    this.runner = new ProjectionRunner(db, store, ledgerProjectionsOf(db, store, parked, options), {
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
