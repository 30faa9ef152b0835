import { Command } from 'commander';
import {
  differenceRowsOf,
  parseTenantExport,
  readExportDirectory,
  type DifferenceRow,
} from '@ledger/runtime';
import { withBackend } from '../../backend/backend-of';
import type { CliIo } from '../../cli-io';
import { helpExamples } from '../../help-examples';
import { ledgerId } from '../../option-parsers';
import { writeTable } from '../../data-output';
import { withOutput, writeCsv, writeJson } from '../../output';
import {
  formatOption,
  outOption,
  READABLE_REPORT_FORMATS,
  type ReadableReportFormat,
} from '../report-format';
import { readingExport } from './export-files';

const COLUMNS: readonly (keyof DifferenceRow)[] = ['difference', 'subject', 'ledger', 'tenant'];

export function reconcileCommand(io: CliIo): Command {
  return new Command('reconcile')
    .description(
      'Reads a tenant export (see the README, "Use it on a real tenant": organization.json, subscribedSkus.json, ' +
        'users.json, applicationInstances.json or .csv) and answers what differs from the ledger: seats per SKU, ' +
        'accounts on one side only, licences per account, phone numbers, the compliance flags the tenant has today ' +
        '(R11, R12), and the SKUs and applications the ledger does not know. Writes nothing. A malformed file fails ' +
        'with one line naming the file, the line and the field.',
    )
    .argument('<tenant>', 'the ledger tenant id', ledgerId)
    .requiredOption('--from <dir>', 'the export directory')
    .addOption(formatOption(READABLE_REPORT_FORMATS).default('table'))
    .addOption(outOption())
    .addHelpText(
      'after',
      helpExamples('npm run cli -- reconcile contoso --from ./contoso-export --format csv'),
    )
    .action(
      async (
        tenantId: string,
        options: { from: string; format: ReadableReportFormat; out?: string },
        command: Command,
      ) => {
        // Read and checked here, whichever backend: a malformed file fails alike, before any request.
        const files = readingExport(() => readExportDirectory(options.from));
        readingExport(() => parseTenantExport(files));
        const reconciliation = await withBackend(io, command, (backend) =>
          backend.reconcile(tenantId, files),
        );
        await withOutput(io, options.out, async (output) => {
          if (options.format === 'json') return writeJson(output, reconciliation);
          const rows = differenceRowsOf(reconciliation);
          if (options.format === 'csv') return void (await writeCsv(output, COLUMNS, rows));
          // The one table writer: fitted to the terminal; agreement is a notice, not data.
          if (rows.length === 0) io.stderr.write(`Tenant ${tenantId}: the ledger and the export agree.\n`);
          return void (await writeTable(output, COLUMNS, rows));
        });
      },
    );
}
