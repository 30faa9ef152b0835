import * as path from 'node:path';
import {
  EmbeddedEventStore,
  EventStoreDbEventStore,
  type EventStore,
  type EventStoreDbLogger,
} from '@ledger/event-store';
import type { LedgerConfig } from './config/ledger-config';
import { Keyring } from './personal-data/keyring';
import { ProtectedEventStore } from './personal-data/protected-event-store';

/** The embedded store's file and the projection database's file inside LEDGER_DATA_DIR. */
export const EMBEDDED_STORE_FILE = 'ledger.sqlite';
export const PROJECTIONS_FILE = 'projections.sqlite';

/**
 * The store the configuration selects: EventStoreDB when LEDGER_EVENTSTORE_URL is set, else the
 * embedded file; either way with the tenants' personal data sealed with keys from the keyring
 * (SPEC §5). Nothing above this function knows which store it got, nor that anything is sealed.
 */
export function openConfiguredEventStore(config: LedgerConfig, logger?: EventStoreDbLogger): EventStore {
  const keyring = Keyring.open(config.keyringFile);
  try {
    return new ProtectedEventStore(openLog(config, logger), keyring);
  } catch (error) {
    keyring.close();
    throw error;
  }
}

function openLog(config: LedgerConfig, logger?: EventStoreDbLogger): EventStore {
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
