import { Command } from 'commander';
import {
  BROKEN_ACCOUNTS_COLUMNS,
  brokenAccountCsvRow,
  brokenAccountEntry,
  mapIterable,
} from '@ledger/projections';
import type { CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { writeCsv, writeJson } from '../output';
import { formatOption, outOption, type ReportFormat } from './report-format';
import { runReport } from './report-run';

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
    .action((options: { format: ReportFormat; out?: string }, command: Command) =>
      runReport(
        io,
        command,
        options.out,
        'accounts',
        async ({ projections, output }) => {
          const broken = projections.readModels.accountsWithStatus('broken');
          if (options.format === 'csv') {
            return writeCsv(output, BROKEN_ACCOUNTS_COLUMNS, mapIterable(broken, brokenAccountCsvRow));
          }
          const accounts = [...mapIterable(broken, brokenAccountEntry)];
          await writeJson(output, { accounts });
          return accounts.length;
        },
        {
          path: '/v1/reports/broken-accounts',
          query: {},
          format: options.format,
          rowsOf: (json) => (json as { accounts: unknown[] }).accounts.length,
        },
      ),
    );
}
