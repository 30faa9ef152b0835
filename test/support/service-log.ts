import type { EventStore } from '@ledger/event-store';
import { openConfiguredEventStore, parseLedgerConfig } from '@ledger/runtime';

/**
 * The embedded log of a data directory read as the service reads it: through the keyring, so
 * personal fields read in the clear (or as erased), not as the sealed text the file holds.
 */
export function openServiceLog(dataDir: string): EventStore {
  return openConfiguredEventStore(parseLedgerConfig({ LEDGER_DATA_DIR: dataDir }));
}
