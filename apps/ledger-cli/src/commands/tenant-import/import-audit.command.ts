import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { parseAuditLog, planAuditReplay, type RecordingReport } from '@ledger/runtime';
import { nowOf, type CliIo } from '../../cli-io';
import { dataFormatOption, type DataFormat } from '../../data-output';
import { CommandFailure } from '../../exit-codes';
import { helpExamples } from '../../help-examples';
import { configOf, withStore } from '../../ledger-context';
import { ledgerId } from '../../option-parsers';
import { count } from '../../number-format';
import { recordInStore } from './record-in-store';
import { readingExport, tenantExportOf } from './export-files';
import { readLedgerTenant, type LedgerTenant } from './ledger-tenant';
import { writeRecording } from './recording-report';

function readAuditFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandFailure(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** R6: the broken accounts, with the audit records whose activities broke them. */
function brokenLines(ledger: LedgerTenant, report: RecordingReport, state: LedgerTenant['state']): string[] {
  const recordOf = new Map(ledger.auditRecordOfActivity);
  for (const outcome of report.recorded) recordOf.set(outcome.activityId, outcome.record);
  const lines: string[] = [];
  for (const account of state.accounts.values()) {
    if (account.status.status !== 'broken') continue;
    const { removedInActivity, assignedInActivity, at } = account.status.brokenBy;
    lines.push(
      `broken ${account.accountId}: phone-capable licence removed by audit record ${recordOf.get(removedInActivity) ?? `(activity ${removedInActivity})`}, ` +
        `assigned again by audit record ${recordOf.get(assignedInActivity) ?? `(activity ${assignedInActivity})`} at ${at}`,
    );
  }
  return lines;
}

export function importAuditCommand(io: CliIo): Command {
  return new Command('import-audit')
    .description(
      'Turns each licence change of a resource account in a Search-UnifiedAuditLog export (CSV) into a licence ' +
        'activity at its recorded time, in time order, each audit record once (a record replayed before is skipped). ' +
        'A Teams Phone Standard licence removed in one record and a phone-capable licence given in a later one ' +
        'shows the account broken (R6), named with the audit record ids. The resource accounts come from the export ' +
        'directory (--from). Audit history goes in before anything the ledger recorded later: replay the audit log ' +
        "first, then `import` today's state; records that would land before the ledger's newest event are refused, " +
        'and nothing is appended. One row per activity (recorded, or refused with the reason: exit 1); the audit ' +
        "log's counts and the broken accounts as notices on stderr (all of it in --format json).",
    )
    .argument('<tenant>', 'the ledger tenant id', ledgerId)
    .requiredOption('--file <csv>', 'the audit log export (Search-UnifiedAuditLog … | Export-Csv)')
    .requiredOption('--from <dir>', 'the tenant export directory (its organization and resource accounts)')
    .option('--dry-run', 'decide every activity, append none')
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger import-audit contoso --file ./contoso-audit.csv --from ./contoso-export',
        'ledger import-audit contoso --file ./contoso-audit.csv --from ./contoso-export --format json',
        'ledger import contoso --from ./contoso-export',
      ),
    )
    .action(
      async (
        tenantId: string,
        options: { file: string; from: string; dryRun?: boolean; format: DataFormat },
        command: Command,
      ) => {
        const config = configOf(io, command);
        const exported = tenantExportOf(options.from);
        const log = readingExport(() =>
          parseAuditLog(path.basename(options.file), readAuditFile(options.file), exported.directoryTenantId),
        );
        const dryRun = options.dryRun === true;
        await withStore(config, async (store) => {
          const ledger = await readLedgerTenant(store, tenantId);
          const plan = planAuditReplay({
            tenantId,
            log,
            resourceAccounts: exported.applicationInstances,
            ledger: ledger.state,
            replayed: new Set(ledger.auditRecordOfActivity.values()),
            latestOccurredAt: ledger.latestOccurredAt,
          });
          if (plan.outOfOrder.length > 0) {
            const [first] = plan.outOfOrder;
            throw new CommandFailure(
              `${count(plan.outOfOrder.length)} audit records would land before the ledger's newest event (${ledger.latestOccurredAt}), ` +
                `the first ${first.recordId} at ${first.at}; the log stays in time order: replay the audit log before recording anything later. Nothing was appended.`,
            );
          }
          const report = await recordInStore(store, tenantId, ledger, plan.planned, {
            rulebook: config.rulebook,
            now: nowOf(io),
            dryRun,
          });
          io.stderr.write(
            `Audit log ${path.basename(options.file)}: ${count(log.changes.length)} licence changes, ${count(plan.repeated)} repeated, ` +
              `${count(plan.sameChange)} telling the change of the record before again, ` +
              `${count(plan.alreadyReplayed)} replayed before, ${count(plan.notResourceAccounts)} not of a resource account` +
              (plan.unknownPartNumbers.length === 0
                ? ''
                : `; unknown SKUs ignored: ${plan.unknownPartNumbers.join(', ')}`) +
              '.\n',
          );
          const broken = brokenLines(ledger, report, report.state);
          io.stderr.write(broken.length === 0 ? '' : `${broken.join('\n')}\n`);
          await writeRecording(
            io,
            options.format,
            { tenantId, report, dryRun },
            {
              auditLog: {
                file: path.basename(options.file),
                changes: log.changes.length,
                repeated: plan.repeated,
                sameChange: plan.sameChange,
                alreadyReplayed: plan.alreadyReplayed,
                notResourceAccounts: plan.notResourceAccounts,
                unknownPartNumbers: plan.unknownPartNumbers,
              },
              broken,
            },
          );
        });
      },
    );
}
