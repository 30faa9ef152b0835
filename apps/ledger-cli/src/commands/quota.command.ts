import { Command } from 'commander';
import { withBackend } from '../backend/backend-of';
import type { CliIo } from '../cli-io';
import { dataFormatOption, writeData, type DataFormat } from '../data-output';
import { helpExamples } from '../help-examples';
import { ledgerId } from '../option-parsers';

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

/** `ledger quota <tenant>`: the quota view, as GET /v1/tenants/{tenantId}/quota answers it (R2, R3, R10, R13). */
export function quotaCommand(io: CliIo): Command {
  return new Command('quota')
    .description(
      "The tenant's seats, its free Resource Account allocation (R2), paid seats (R10), over-allocation and " +
        'terms ending within 30 days (R13), as GET /v1/tenants/{tenantId}/quota answers them.',
    )
    .argument('<tenant>', 'the tenant id', ledgerId)
    .addOption(dataFormatOption())
    .addHelpText('after', helpExamples('ledger quota contoso', 'ledger quota contoso --format json'))
    .action(async (tenantId: string, options: { format: DataFormat }, command: Command) => {
      const quota = await withBackend(io, command, (backend) => backend.quota(tenantId));
      await writeData(io, options.format, { json: quota, columns: QUOTA_COLUMNS, rows: [quota] });
    });
}
