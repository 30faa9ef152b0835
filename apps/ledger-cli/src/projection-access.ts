import type { EventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { projectionsFileOf, type LedgerConfig } from '@ledger/runtime';
import type { CliIo } from './cli-io';
import { CommandFailure } from './exit-codes';
import { progressReporter } from './progress-reporter';

/**
 * Why the CLI takes the projection database for itself. A running API's projection runner keeps
 * its checkpoints and its tenants' states in memory and would carry on from those, not from the
 * file: during a rebuild by another process its reads would answer from half-emptied tables as if
 * caught up, and a row it writes could be overwritten by an older one from the rebuild (or the
 * other way round). So `replay` and the catch-up before a report open the file exclusively
 * (SQLite `locking_mode=EXCLUSIVE`): they cannot start while the API has it open, and the API
 * cannot open it while they run.
 */
function isLockedBySomeoneElse(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** The projections, for this process alone: what `replay` needs. */
export function openProjectionsExclusively(config: LedgerConfig, store: EventStore): LedgerProjections {
  const file = projectionsFileOf(config);
  try {
    return LedgerProjections.open(file, store, { exclusive: true });
  } catch (error) {
    if (!isLockedBySomeoneElse(error)) throw error;
    throw new CommandFailure(
      `the projection database ${file} is in use by another process (a running ledger-api?). ` +
        'Stop it and run replay again, or rebuild through the running API: POST /v1/admin/projections/rebuild',
    );
  }
}

/**
 * The projections for reading, up to date with the log. Alone on the file: caught up here first.
 * When a running API holds the file, its runner keeps the projections current; they are read as
 * they are, without writing, and stderr says so.
 */
export async function openProjectionsForReading(
  io: CliIo,
  config: LedgerConfig,
  store: EventStore,
): Promise<LedgerProjections> {
  const file = projectionsFileOf(config);
  let projections: LedgerProjections;
  try {
    projections = LedgerProjections.open(file, store, { exclusive: true });
  } catch (error) {
    if (!isLockedBySomeoneElse(error)) throw error;
    io.stderr.write(
      `note: ${file} is in use by another process (a running ledger-api?); reading the projections it keeps current\n`,
    );
    return LedgerProjections.open(file, store);
  }
  try {
    const progress = progressReporter(io.stderr, 'catching up', { unit: 'events', quietForMs: 1_000 });
    await projections.runner.catchUp((step) => progress.update(step.events, null));
    progress.finish();
    return projections;
  } catch (error) {
    await projections.close();
    throw error;
  }
}
