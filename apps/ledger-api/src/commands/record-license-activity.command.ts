import { Command } from '@nestjs/cqrs';
import type { LedgerCommand } from '@ledger/licensing';
import type { ActivityContext, ActivityOutcome } from '@ledger/runtime';

// The write path's shapes live with the write path (libs/runtime/src/write-path), shared with the CLI.
export type { ActivityContext, ActivityOutcome } from '@ledger/runtime';

/** One licence activity (R5): a domain command decided and appended atomically for one tenant. */
export class RecordLicenseActivity extends Command<ActivityOutcome> {
  constructor(
    readonly tenantId: string,
    readonly command: LedgerCommand,
    readonly context: ActivityContext,
  ) {
    super();
  }
}
