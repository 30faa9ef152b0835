import { Command } from 'commander';
import {
  ATTENTION_COLUMNS,
  attentionCsvRows,
  attentionReport,
  type AttentionReport,
} from '@ledger/projections';
import { nowOf, type CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
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

export function reportAttentionCommand(io: CliIo): Command {
  return new Command('attention')
    .summary('the tenants that need action, worst first, with the remedies')
    .description(
      'The tenants that need action (SPEC §5), worst first: critical (broken accounts, over-allocated, ' +
        'shortfall), warning (unlicensed or full licence on resource accounts), notice (terms ending within ' +
        '30 days, free allocation ≥ 90 % held); each reason with its remedy. The same answer as ' +
        'GET /v1/reports/attention, from the projections caught up with the log first. CSV: one row per reason.',
    )
    .addOption(formatOption(READABLE_REPORT_FORMATS))
    .addOption(outOption())
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- report attention --format table',
        'npm run cli -- report attention --format csv --out attention.csv',
      ),
    )
    .action((options: { format: ReadableReportFormat; out?: string }, command: Command) =>
      runReport(
        io,
        command,
        options.out,
        'tenants',
        async ({ projections, output }) =>
          writeAttention(
            output,
            options.format,
            await attentionReport(projections.readModels, nowOf(io).toISOString()),
          ),
        {
          path: '/v1/reports/attention',
          query: {},
          format: options.format,
          write: (output, answer) => writeAttention(output, options.format, answer as AttentionReport),
        },
      ),
    );
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
