import {
  type BeforeApplicationShutdown,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { projectionsFileOf, type LedgerConfig } from '@ledger/runtime';
import { EVENT_STORE } from '../store/event-store.tokens';
import { KEYED_ACTIVITY_INDEX } from '../write-model/keyed-activity-index';
import { ConsistentReads } from './consistent-reads';
import { ProjectedKeyedActivities } from './projected-keyed-activities';
import { ProjectionsHealth } from './projections-status';

/** The read side: projections caught up from the log at start, then followed live. */
@Global()
@Module({
  providers: [
    {
      provide: LedgerProjections,
      inject: [ConfigService, EVENT_STORE],
      useFactory: (config: ConfigService<{ ledger: LedgerConfig }, true>, store: EventStore) => {
        const logger = new Logger('Projections');
        return LedgerProjections.open(projectionsFileOf(config.get('ledger', { infer: true })), store, {
          onError: (error) =>
            logger.error(
              `projection batch failed, retrying: ${error instanceof Error ? error.message : String(error)}`,
            ),
          onParked: (event, projection, error) =>
            logger.error(
              `parked the event at position ${event.position} (${event.type}, ${event.streamName} revision ${event.revision}) ` +
                `for ${projection}: ${error instanceof Error ? error.message : String(error)}`,
            ),
        });
      },
    },
    ConsistentReads,
    { provide: KEYED_ACTIVITY_INDEX, useClass: ProjectedKeyedActivities },
    ProjectionsHealth,
  ],
  exports: [LedgerProjections, ConsistentReads, ProjectionsHealth, KEYED_ACTIVITY_INDEX],
})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(LedgerProjections) private readonly projections: LedgerProjections) {}

  onApplicationBootstrap(): void {
    this.projections.runner.start();
  }

  // Before the store closes (onApplicationShutdown), so the runner never reads a closed store.
  async beforeApplicationShutdown(): Promise<void> {
    await this.projections.close();
  }
}
