import { Command } from 'commander';
import {
  BROKEN_ACCOUNTS_COLUMNS,
  brokenAccountCsvRow,
  brokenAccountEntry,
  mapIterable,
  type BrokenAccountEntry,
  type TenantAccountRow,
} from '@ledger/projections';
import type { CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { writeTable } from '../data-output';
import { writeCsv, writeJson, type Output } from '../output';
import { formatOption, outOption, READABLE_REPORT_FORMATS, type ReadableReportFormat } from './report-format';
import { runReport } from './report-run';

export function reportBrokenAccountsCommand(io: CliIo): Command {
  return new Command('broken-accounts')
    .summary('every resource account broken by a split swap (R6)')
    .description(
      'Every resource account broken by a split swap (R6), across tenants: the same rows as ' +
        'GET /v1/reports/broken-accounts, from the projections caught up with the log first.',
    )
    .addOption(formatOption(READABLE_REPORT_FORMATS))
    .addOption(outOption())
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- report broken-accounts',
        'npm run cli -- report broken-accounts --format csv --out broken.csv',
      ),
    )
    .action((options: { format: ReadableReportFormat; out?: string }, command: Command) =>
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
          if (options.format === 'table') return writeBrokenTable(output, broken);
          const accounts = [...mapIterable(broken, brokenAccountEntry)];
          await writeJson(output, { accounts });
          return accounts.length;
        },
        {
          path: '/v1/reports/broken-accounts',
          query: {},
          ...(options.format === 'table'
            ? {
                format: 'table',
                // The API's entries are `{tenantId, ...account}`: the rows the table is made of.
                write: (output, json) =>
                  writeBrokenTable(
                    output,
                    (json as { accounts: BrokenAccountEntry[] }).accounts.map((entry) => ({
                      tenantId: entry.tenantId,
                      account: entry,
                    })),
                  ),
              }
            : {
                format: options.format,
                rowsOf: (json) => (json as { accounts: unknown[] }).accounts.length,
              }),
        },
      ),
    );
}

/** The broken accounts as a table of their CSV rows. */
function writeBrokenTable(output: Output, broken: Iterable<TenantAccountRow>): Promise<number> {
  return writeTable(output, BROKEN_ACCOUNTS_COLUMNS, mapIterable(broken, brokenAccountCsvRow));
}
