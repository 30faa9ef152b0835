import { Command } from 'commander';
import {
  BROKEN_ACCOUNTS_COLUMNS,
  brokenAccountCsvRow,
  brokenAccountEntry,
  mapIterable,
} from '@ledger/projections';
import type { CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { count } from '../number-format';
import { openOutput, writeCsv, writeJson } from '../output';
import { openProjectionsForReading } from '../projection-access';
import { formatOption, outOption, type ReportFormat } from './report-format';

export function reportBrokenAccountsCommand(io: CliIo): Command {
  return new Command('broken-accounts')
    .summary('every resource account broken by a split swap (R6)')
    .description(
      'Every resource account broken by a split swap (R6), across tenants: the same rows as ' +
        'GET /v1/reports/broken-accounts, from the projections caught up with the log first.',
    )
    .addOption(formatOption())
    .addOption(outOption())
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- report broken-accounts',
        'npm run cli -- report broken-accounts --format csv --out broken.csv',
      ),
    )
    .action(async (options: { format: ReportFormat; out?: string }, command: Command) => {
      const config = configOf(io, command);
      const output = await openOutput(io, options.out);
      try {
        const rows = await withStore(config, async (store) => {
          const projections = await openProjectionsForReading(io, config, store);
          try {
            const broken = projections.readModels.accountsWithStatus('broken');
            if (options.format === 'csv') {
              return await writeCsv(
                output,
                BROKEN_ACCOUNTS_COLUMNS,
                mapIterable(broken, brokenAccountCsvRow),
              );
            }
            const accounts = [...mapIterable(broken, brokenAccountEntry)];
            await writeJson(output, { accounts });
            return accounts.length;
          } finally {
            await projections.close();
          }
        });
        if (output.toFile) io.stderr.write(`wrote ${count(rows)} accounts to ${output.name}\n`);
      } finally {
        await output.close();
      }
    });
}
