import { Command, InvalidArgumentError, Option } from 'commander';
import {
  ATTENTION_COLUMNS,
  ATTENTION_CURSOR_PATTERN,
  MAX_ATTENTION_PAGE,
  type AttentionPage,
  attentionCsvRows,
  attentionReport,
  type AttentionReport,
} from '@ledger/projections';
import { nowOf, type CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { integerIn } from '../option-parsers';
import { writeCsv, writeJson, writeText, type Output } from '../output';
import { textTable } from '../text-table';
import { formatOption, outOption, READABLE_REPORT_FORMATS, type ReadableReportFormat } from './report-format';
import { runReport } from './report-run';

/** The tenants needing action as a table, one line per reason, then the estate's totals. */
function attentionTable({ tenants, summary }: AttentionReport): string {
  const rows = [...attentionCsvRows(tenants)].map(({ tenantId, reasonSeverity, code, count, message }) => [
    tenantId,
    reasonSeverity,
    code,
    String(count),
    message,
  ]);
  return (
    textTable(['TENANT', 'SEVERITY', 'REASON', 'COUNT', 'WHAT'], rows, new Set([3])) +
    `\n${summary.needingAction} of ${summary.tenants} tenants need action: ` +
    `${summary.critical} critical, ${summary.warning} warning, ${summary.notice} notice.\n`
  );
}

/** `--after`: the `next` of the previous page, as the API checks it (400 otherwise; here exit 2). */
function attentionCursor(value: string): string {
  if (!ATTENTION_CURSOR_PATTERN.test(value))
    throw new InvalidArgumentError('after must be the `next` of the previous page.');
  return value;
}

interface AttentionOptions extends AttentionPage {
  readonly format: ReadableReportFormat;
  readonly out?: string;
}

export function reportAttentionCommand(io: CliIo): Command {
  return new Command('attention')
    .summary('the tenants that need action, worst first, with the remedies')
    .description(
      'The tenants that need action (SPEC §5), worst first: critical (broken accounts, over-allocated, ' +
        'shortfall), warning (unlicensed or full licence on resource accounts), notice (terms ending within ' +
        '30 days, free allocation ≥ 90 % held); each reason with its remedy. The same answer as ' +
        'GET /v1/reports/attention, from the projections caught up with the log first, or from a running API ' +
        '(--api). CSV: one row per reason. --limit and --after page through the same order (the JSON `next` ' +
        'is the --after of the following page); the summary covers every page.',
    )
    .addOption(
      new Option('--limit <n>', `at most this many tenants (a page, 1 to ${MAX_ATTENTION_PAGE})`).argParser(
        integerIn(1, MAX_ATTENTION_PAGE),
      ),
    )
    .addOption(new Option('--after <next>', 'the `next` of the previous page').argParser(attentionCursor))
    .addOption(formatOption(READABLE_REPORT_FORMATS))
    .addOption(outOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger report attention --format table',
        'ledger report attention --format csv --out attention.csv',
        'ledger report attention --limit 50 --format json --api https://ledger.example.com --token "$TOKEN"',
        'ledger report attention --limit 50 --after "<next of the previous page>" --format json',
      ),
    )
    .action((options: AttentionOptions, command: Command) => {
      const page: AttentionPage = {
        ...(options.limit === undefined ? {} : { limit: options.limit }),
        ...(options.after === undefined ? {} : { after: options.after }),
      };
      return runReport(
        io,
        command,
        options.out,
        'tenants',
        async ({ projections, output }) =>
          writeAttention(
            output,
            options.format,
            await attentionReport(projections.readModels, nowOf(io).toISOString(), page),
          ),
        {
          path: '/v1/reports/attention',
          query: { limit: options.limit?.toString(), after: options.after },
          format: options.format,
          write: (output, answer) => writeAttention(output, options.format, answer as AttentionReport),
        },
      );
    });
}

/** The report as the API answers it (JSON), one CSV row per reason, or the table; answers how many tenants. */
async function writeAttention(
  output: Output,
  format: ReadableReportFormat,
  report: AttentionReport,
): Promise<number> {
  if (format === 'json') await writeJson(output, report);
  else if (format === 'csv') await writeCsv(output, ATTENTION_COLUMNS, attentionCsvRows(report.tenants));
  else await writeText(output, attentionTable(report));
  return report.tenants.length;
}
