import { Command } from 'commander';
import { planImport, reconcile, tenantInLedgerTerms } from '@ledger/runtime';
import { nowOf, type CliIo } from '../../cli-io';
import { dataFormatOption, type DataFormat } from '../../data-output';
import { helpExamples } from '../../help-examples';
import { configOf, withStore } from '../../ledger-context';
import { ledgerId } from '../../option-parsers';
import { recordInStore } from './record-in-store';
import { tenantExportOf } from './export-files';
import { readLedgerTenant } from './ledger-tenant';
import { writeRecording } from './recording-report';

export function importCommand(io: CliIo): Command {
  return new Command('import')
    .description(
      'Records what `reconcile` finds as licence activities, each decided by the ledger\'s rules (actor "import", ' +
        "the export file and record in the metadata): the seats missing, the accounts missing, each account's " +
        'licence changes in one activity, the phone numbers. Seats beyond the export and accounts only in the ' +
        'ledger are reported by `reconcile`, never cancelled or deleted. Importing the same export again records ' +
        'nothing. One row per activity (recorded, or refused with the reason; the command then exits 1); the ' +
        'counts as a notice on stderr. The API has no import route: it runs where the store is.',
    )
    .argument('<tenant>', 'the ledger tenant id', ledgerId)
    .requiredOption('--from <dir>', 'the export directory')
    .option('--dry-run', 'decide every activity, append none')
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger import contoso --from ./contoso-export --dry-run',
        'ledger import contoso --from ./contoso-export --format csv',
      ),
    )
    .action(
      async (
        tenantId: string,
        options: { from: string; dryRun?: boolean; format: DataFormat },
        command: Command,
      ) => {
        const config = configOf(io, command);
        const tenant = tenantInLedgerTerms(tenantExportOf(options.from));
        const dryRun = options.dryRun === true;
        const report = await withStore(config, async (store) => {
          const ledger = await readLedgerTenant(store, tenantId);
          const plan = planImport(
            tenantId,
            tenant,
            reconcile(tenantId, tenant, ledger.state, config.rulebook),
            ledger.state,
          );
          return recordInStore(store, tenantId, ledger, plan, {
            rulebook: config.rulebook,
            now: nowOf(io),
            dryRun,
          });
        });
        await writeRecording(io, options.format, { tenantId, report, dryRun });
      },
    );
}
