import * as path from 'node:path';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EmbeddedEventStore, type EventStore } from '@ledger/event-store';
import type { LedgerConfig } from '../config/ledger-config';
import { EVENT_STORE } from './event-store.tokens';

/** The embedded store's file inside LEDGER_DATA_DIR. */
export const EMBEDDED_STORE_FILE = 'ledger.sqlite';

export function openConfiguredEventStore(config: LedgerConfig): EventStore {
  return EmbeddedEventStore.open(path.join(config.dataDir, EMBEDDED_STORE_FILE));
}

/** Provides the EventStore port, chosen by configuration, and closes it on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<{ ledger: LedgerConfig }, true>) =>
        openConfiguredEventStore(config.get('ledger', { infer: true })),
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
