import type { Command } from 'commander';
import type { LedgerProjections } from '@ledger/projections';
import type { LedgerConfig } from '@ledger/runtime';
import type { CliIo } from '../cli-io';
import { configOf, withStore } from '../ledger-context';
import { count } from '../number-format';
import { withOutput, type Output } from '../output';
import { openProjectionsForReading } from '../projection-access';

/** What a report writes from: the configuration, the projections caught up with the log, the destination. */
export interface ReportContext {
  readonly config: LedgerConfig;
  readonly projections: LedgerProjections;
  readonly output: Output;
}

/**
 * The frame of every report command: the destination opened first (a bad --out fails before any
 * reading), the store and the projections opened and closed, and with --out one line on stderr
 * saying how many `unit` were written. `write` answers that number. A failure anywhere leaves no
 * file behind (withOutput) and exits non-zero with one line (cli.ts).
 */
export async function runReport(
  io: CliIo,
  command: Command,
  out: string | undefined,
  unit: string,
  write: (context: ReportContext) => Promise<number>,
): Promise<void> {
  const config = configOf(io, command);
  const written = await withOutput(io, out, (output) =>
    withStore(config, async (store) => {
      const projections = await openProjectionsForReading(io, config, store);
      try {
        return await write({ config, projections, output });
      } finally {
        await projections.close();
      }
    }),
  );
  if (out !== undefined) io.stderr.write(`wrote ${count(written)} ${unit} to ${out}\n`);
}
