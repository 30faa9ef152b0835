import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { UsageError } from '../exit-codes';
import { apiOf } from './backend-of';

/**
 * The commands that work on the store itself, and why: given `--api` they do nothing and say so
 * (exit 2). The reports are read through the API (report-run.ts); `projections` and `replay` given
 * `--api` ask the running API's admin routes (the API rebuilds its own projections).
 */
const STORE_ONLY: Readonly<Record<string, string>> = {
  demo: 'it writes a demo ledger into the store',
  backup: 'it copies the store and the projections',
  'import-tenant': 'it appends an exported log to the store',
  import: 'the API has no import route',
  'import-audit': 'the API has no import route',
};

/** The top-level command `command` belongs to (`projections status` → `projections`). */
function topLevelOf(command: Command): Command {
  let top = command;
  while (top.parent?.parent !== undefined && top.parent.parent !== null) top = top.parent;
  return top;
}

/** Refuses, before its action runs, a store-only command given `--api`. */
export function refuseStoreOnlyThroughApi(io: CliIo, command: Command): void {
  const name = topLevelOf(command).name();
  const why = STORE_ONLY[name];
  if (why === undefined || apiOf(io, command) === undefined) return;
  throw new UsageError(
    `${name} needs the store: ${why}. Run it where the store is (LEDGER_DATA_DIR or LEDGER_EVENTSTORE_URL), without --api`,
  );
}
