import * as path from 'node:path';
import {
  EmbeddedEventStore,
  EventStoreDbEventStore,
  type EventStore,
  type EventStoreDbLogger,
} from '@ledger/event-store';
import type { LedgerConfig } from './config/ledger-config';

/** The embedded store's file and the projection database's file inside LEDGER_DATA_DIR. */
export const EMBEDDED_STORE_FILE = 'ledger.sqlite';
export const PROJECTIONS_FILE = 'projections.sqlite';

/**
 * The store the configuration selects: EventStoreDB when LEDGER_EVENTSTORE_URL is set, else the
 * embedded file. Nothing above this function knows which one it got.
 */
export function openConfiguredEventStore(config: LedgerConfig, logger?: EventStoreDbLogger): EventStore {
  if (config.eventStoreUrl !== null) {
    return new EventStoreDbEventStore({
      connectionString: config.eventStoreUrl,
      ...(logger ? { logger } : {}),
    });
  }
  return EmbeddedEventStore.open(path.join(config.dataDir, EMBEDDED_STORE_FILE));
}

export function projectionsFileOf(config: LedgerConfig): string {
  return path.join(config.dataDir, PROJECTIONS_FILE);
}
