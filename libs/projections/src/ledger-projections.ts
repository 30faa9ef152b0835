import type { EventStore } from '@ledger/event-store';
import { HistoryProjection } from './history-projection';
import {
  openProjectionDatabase,
  type ProjectionDatabaseOptions,
  type ProjectionDb,
} from './projection-database';
import { ParkedEvents } from './parked-events';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';
import { ReadModels } from './read-models';
import { TenantViewsProjection } from './tenant-views-projection';

export type LedgerProjectionsOptions = ProjectionRunnerOptions & ProjectionDatabaseOptions;

/** The read side as one unit: the projection database, the runner feeding it, and its queries. */
export class LedgerProjections {
  readonly runner: ProjectionRunner;
  readonly readModels: ReadModels;

  private constructor(
    readonly db: ProjectionDb,
    store: EventStore,
    options: ProjectionRunnerOptions,
  ) {
    const parked = new ParkedEvents(db);
    const tenantViews: TenantViewsProjection = new TenantViewsProjection(db, store, (position) =>
      parked.isSkipped(tenantViews.name, position),
    );
    this.runner = new ProjectionRunner(db, store, [tenantViews, new HistoryProjection(db)], {
      ...options,
      parked,
    });
    this.readModels = new ReadModels(db);
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
    this.db.close();
  }
}
