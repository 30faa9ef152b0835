import { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { reportAttentionCommand } from './report-attention.command';
import { reportBrokenAccountsCommand } from './report-broken-accounts.command';
import { reportQuotaCommand } from './report-quota.command';
import { reportTrendCommand } from './report-trend.command';

export function reportCommand(io: CliIo): Command {
  return new Command('report')
    .description(
      'The global admin reports of the API (SPEC §3, §5 /v1/reports) and a tenant’s trend, as JSON or CSV, to ' +
        'stdout or a file. With --out the file is written whole or not at all, and a failure exits non-zero with ' +
        'one line on stderr, so a scheduler (cron) notices.',
    )
    .addCommand(reportQuotaCommand(io))
    .addCommand(reportBrokenAccountsCommand(io))
    .addCommand(reportTrendCommand(io))
    .addCommand(reportAttentionCommand(io))
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- report quota --format csv',
        'npm run cli -- report broken-accounts --format csv --out broken.csv',
        'npm run cli -- report trend --from 2026-01-01 --to 2026-12-31 --interval month --format csv',
        'npm run cli -- report attention --format table',
      ),
    );
}
