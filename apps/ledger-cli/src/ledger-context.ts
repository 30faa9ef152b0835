import type { EventStore } from '@ledger/event-store';
import {
  InvalidConfigError,
  openConfiguredEventStore,
  parseLedgerConfig,
  type LedgerConfig,
} from '@ledger/runtime';
import type { Command } from 'commander';
import type { CliIo } from './cli-io';
import { UsageError } from './exit-codes';

/**
 * The configuration the API would run with (same environment, same validation), with the global
 * `--data-dir` in place of LEDGER_DATA_DIR. A bad setting is a usage error: exit 2, one line.
 */
export function configOf(io: CliIo, command: Command): LedgerConfig {
  const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
  const env = dataDir === undefined ? io.env : { ...io.env, LEDGER_DATA_DIR: dataDir };
  try {
    return parseLedgerConfig(env);
  } catch (error) {
    if (error instanceof InvalidConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Opens the configured store for the duration of `work`, and always closes it. */
export async function withStore<T>(
  config: LedgerConfig,
  work: (store: EventStore) => Promise<T>,
): Promise<T> {
  const store = openConfiguredEventStore(config);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
