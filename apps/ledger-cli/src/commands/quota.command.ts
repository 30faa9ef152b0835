import { Command, Option } from 'commander';
import { withBackend } from '../backend/backend-of';
import type { CliIo } from '../cli-io';
import { dataFormatOption, writeData, type DataFormat } from '../data-output';
import { helpExamples } from '../help-examples';
import { isoInstant, ledgerId } from '../option-parsers';

const QUOTA_COLUMNS = [
  'tenantId',
  'rulebook',
  'phoneSystemSeats',
  'virtualUser',
  'overAllocated',
  'overAllocatedBy',
  'shortfalls',
  'expiring',
] as const;
/** With --as-of the answer says which instant it is of (SPEC §3 `asOf`), so the table and CSV say it too. */
const QUOTA_AS_OF_COLUMNS = ['tenantId', 'asOf', ...QUOTA_COLUMNS.slice(1)] as const;

/** `ledger quota <tenant>`: the quota view, as GET /v1/tenants/{tenantId}/quota answers it (R2, R3, R10, R13). */
export function quotaCommand(io: CliIo): Command {
  return new Command('quota')
    .description(
      "The tenant's seats, its free Resource Account allocation (R2), paid seats (R10), over-allocation and " +
        'terms ending within 30 days (R13), as GET /v1/tenants/{tenantId}/quota answers them (with --as-of, ' +
        'GET …/quota?asOf=), from the store here or a running API (--api).',
    )
    .argument('<tenant>', 'the tenant id', ledgerId)
    .addOption(
      new Option(
        '--as-of <instant>',
        'the quota at that ISO-8601 instant: the log replayed up to it; ahead of now a forecast (R13, at most 366 days)',
      ).argParser(isoInstant),
    )
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger quota contoso',
        'ledger quota contoso --as-of 2026-01-01 --format json',
        'ledger quota contoso --as-of 2026-01-01 --api https://ledger.example.com --token "$TOKEN"',
      ),
    )
    .action(async (tenantId: string, options: { format: DataFormat; asOf?: string }, command: Command) => {
      const quota = await withBackend(io, command, (backend) => backend.quota(tenantId, options.asOf));
      const columns = options.asOf === undefined ? QUOTA_COLUMNS : QUOTA_AS_OF_COLUMNS;
      await writeData(io, options.format, { json: quota, columns, rows: [quota] });
    });
}
