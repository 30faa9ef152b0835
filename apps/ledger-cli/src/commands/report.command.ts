import { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { reportBrokenAccountsCommand } from './report-broken-accounts.command';
import { reportQuotaCommand } from './report-quota.command';

export function reportCommand(io: CliIo): Command {
  return new Command('report')
    .summary('cross-tenant reports: quota, broken-accounts')
    .description(
      'The global admin reports of the API (SPEC §3 /v1/reports), as JSON or CSV, to stdout or a file.',
    )
    .addCommand(reportQuotaCommand(io))
    .addCommand(reportBrokenAccountsCommand(io))
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- report quota --format csv',
        'npm run cli -- report broken-accounts --format csv --out broken.csv',
      ),
    );
}
