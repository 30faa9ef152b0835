import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EventStore } from '@ledger/event-store';
import { openConfiguredEventStore, type LedgerConfig } from '@ledger/runtime';
import { EVENT_STORE } from './event-store.tokens';

/** Provides the EventStore port, chosen by configuration, and closes it on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<{ ledger: LedgerConfig }, true>) =>
        openConfiguredEventStore(config.get('ledger', { infer: true }), new Logger('EventStoreDB')),
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
