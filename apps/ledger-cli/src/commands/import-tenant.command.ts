import * as fs from 'node:fs';
import { Command } from 'commander';
import {
  ExportConflictError,
  ExportFormatError,
  importExportedStream,
  parseExportedEvent,
  type ExportedEvent,
} from '@ledger/event-store';
import { tenantIdOfStream } from '@ledger/licensing';
import type { CliIo } from '../cli-io';
import { CommandFailure } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { count } from '../number-format';

/** The events of an export file, each line checked; a bad line fails the whole import before anything is written. */
function readExport(file: string): ExportedEvent[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandFailure(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  const events: ExportedEvent[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') events.push(parseExportedEvent(line, index + 1));
  });
  return events;
}

export function importTenantCommand(io: CliIo): Command {
  return new Command('import-tenant')
    .summary('rebuild a tenant from its export (GET /v1/tenants/{tenantId}/export)')
    .description(
      'Appends the events of a tenant export (NDJSON, as GET /v1/tenants/{tenantId}/export answers it) to the ' +
        'configured store, each with its own id, type, data and metadata, at the revision it had. The store must ' +
        'not hold another history of that tenant. An import that stopped part-way can be run again: it appends ' +
        'what is missing, nothing twice. A running API folds the new events into its views on its own.',
    )
    .argument('<file>', 'the export file (NDJSON)')
    .addHelpText(
      'after',
      helpExamples(
        'curl -H "Authorization: Bearer $TOKEN" http://old-ledger:3000/v1/tenants/contoso/export > contoso.ndjson',
        'LEDGER_DATA_DIR=/srv/ledger npm run cli -- import-tenant contoso.ndjson',
      ),
    )
    .action(async (file: string, _options: unknown, command: Command) => {
      const config = configOf(io, command);
      let events: ExportedEvent[];
      try {
        events = readExport(file);
      } catch (error) {
        if (error instanceof ExportFormatError) throw new CommandFailure(`${file}: ${error.message}`);
        throw error;
      }
      const first = events[0];
      const tenantId = first === undefined ? null : tenantIdOfStream(first.streamName);
      if (tenantId === null)
        throw new CommandFailure(`${file} is not the export of a tenant (no tenant stream)`);
      await withStore(config, async (store) => {
        try {
          const result = await importExportedStream(store, events, ({ appended, alreadyHeld, total }) =>
            io.stderr.write(`imported ${count(alreadyHeld + appended)} of ${count(total)} events\n`),
          );
          io.stdout.write(
            `Tenant ${tenantId}: ${count(result.appended)} events imported` +
              (result.alreadyHeld === 0 ? '' : `, ${count(result.alreadyHeld)} already in this store`) +
              '\n',
          );
        } catch (error) {
          if (error instanceof ExportConflictError || error instanceof ExportFormatError) {
            throw new CommandFailure(error.message);
          }
          throw error;
        }
      });
    });
}
