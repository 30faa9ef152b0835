import type { EventStore } from '@ledger/event-store';
import { HistoryProjection } from './history-projection';
import {
  openProjectionDatabase,
  type ProjectionDatabaseOptions,
  type ProjectionDb,
} from './projection-database';
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
    this.runner = new ProjectionRunner(
      db,
      store,
      [new TenantViewsProjection(db, store), new HistoryProjection(db)],
      options,
    );
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
