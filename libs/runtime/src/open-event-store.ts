import * as path from 'node:path';
import { EmbeddedEventStore, type EventStore } from '@ledger/event-store';
import type { LedgerConfig } from './ledger-config';

/** The embedded store's file and the projection database's file inside LEDGER_DATA_DIR. */
export const EMBEDDED_STORE_FILE = 'ledger.sqlite';
export const PROJECTIONS_FILE = 'projections.sqlite';

/** The store the configuration selects: EventStoreDB when LEDGER_EVENTSTORE_URL is set, else the embedded file. */
export function openConfiguredEventStore(config: LedgerConfig): EventStore {
  return EmbeddedEventStore.open(path.join(config.dataDir, EMBEDDED_STORE_FILE));
}

export function projectionsFileOf(config: LedgerConfig): string {
  return path.join(config.dataDir, PROJECTIONS_FILE);
}
