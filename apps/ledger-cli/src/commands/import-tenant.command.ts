import * as fs from 'node:fs';
import { Command } from 'commander';
import {
  ExportConflictError,
  ExportFormatError,
  importExportedStream,
  verifyExport,
  type VerifiedExport,
} from '@ledger/event-store';
import { tenantIdOfStream } from '@ledger/licensing';
import type { CliIo } from '../cli-io';
import { CommandFailure } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { dataFormatOption, writeData, type DataFormat } from '../data-output';
import { count } from '../number-format';

/** A file system error (ENOENT, EISDIR, EACCES…); not `instanceof Error`, which Node's own errors may fail in a test realm. */
const isFileError = (error: unknown): error is NodeJS.ErrnoException =>
  typeof error === 'object' && error !== null && typeof (error as NodeJS.ErrnoException).code === 'string';

/**
 * The export file read whole and found complete and unaltered (its end line), before the store is
 * opened: a cut, altered or malformed file fails the import with one line, and nothing is written.
 */
async function verifiedExportOf(file: string): Promise<VerifiedExport> {
  try {
    return await verifyExport(() => fs.createReadStream(file));
  } catch (error) {
    if (error instanceof ExportFormatError) throw new CommandFailure(`${file}: ${error.message}`);
    if (isFileError(error)) throw new CommandFailure(`cannot read ${file}: ${error.code ?? 'unreadable'}`);
    throw error;
  }
}

const IMPORT_TENANT_COLUMNS = ['tenantId', 'imported', 'alreadyHeld'] as const;

export function importTenantCommand(io: CliIo): Command {
  return new Command('import-tenant')
    .description(
      'Appends the events of a tenant export (NDJSON, as GET /v1/tenants/{tenantId}/export answers it) to the ' +
        'configured store, each with its own id, type, data and metadata, at the revision it had. The store must ' +
        'not hold another history of that tenant. The whole file is checked first, against its end line (the ' +
        'count and SHA-256 of its events): a file cut short or altered is refused with the reason, and nothing ' +
        'is appended. An import that stopped part-way can be run again: it appends ' +
        'what is missing, nothing twice. A running API folds the new events into its views on its own.',
    )
    .argument('<file>', 'the export file (NDJSON)')
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'curl -H "Authorization: Bearer $TOKEN" http://old-ledger:3000/v1/tenants/contoso/export > contoso.ndjson',
        'LEDGER_DATA_DIR=/srv/ledger ledger import-tenant contoso.ndjson',
        'LEDGER_DATA_DIR=/srv/ledger ledger import-tenant contoso.ndjson --format json --quiet',
      ),
    )
    .action(async (file: string, options: { format: DataFormat }, command: Command) => {
      const config = configOf(io, command);
      const exported = await verifiedExportOf(file);
      const tenantId = tenantIdOfStream(exported.streamName);
      if (tenantId === null)
        throw new CommandFailure(`${file} is not the export of a tenant (no tenant stream)`);
      await withStore(config, async (store) => {
        try {
          const result = await importExportedStream(store, exported, ({ appended, alreadyHeld, total }) =>
            io.stderr.write(`imported ${count(alreadyHeld + appended)} of ${count(total)} events\n`),
          );
          const summary = { tenantId, imported: result.appended, alreadyHeld: result.alreadyHeld };
          await writeData(io, options.format, {
            json: summary,
            columns: IMPORT_TENANT_COLUMNS,
            rows: [summary],
          });
        } catch (error) {
          if (error instanceof ExportConflictError) throw new CommandFailure(error.message);
          // The file changed since it was verified: the events before the change may be appended,
          // the store stays consistent (each at its revision) and a run on a good file completes it.
          if (error instanceof ExportFormatError) throw new CommandFailure(`${file}: ${error.message}`);
          throw error;
        }
      });
    });
}
