import { Command, Option } from 'commander';
import {
  currentQuotaReport,
  mapIterable,
  pastQuotaReport,
  QUOTA_REPORT_COLUMNS,
  quotaCsvRow,
  type QuotaReportRow,
} from '@ledger/projections';
import type { CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { isoInstant } from '../option-parsers';
import { type Output, writeCsv, writeJson } from '../output';
import { writeTable } from '../data-output';
import { formatOption, outOption, READABLE_REPORT_FORMATS, type ReadableReportFormat } from './report-format';
import { runReport } from './report-run';

interface QuotaReportOptions {
  readonly asOf?: string;
  readonly format: ReadableReportFormat;
  readonly out?: string;
}

export function reportQuotaCommand(io: CliIo): Command {
  return new Command('quota')
    .summary("every tenant's quota, now or as of an instant")
    .description(
      "Every tenant's Virtual User quota (SPEC §3 quota view): the same rows as GET /v1/reports/quota. " +
        'Now: from the projections, caught up with the log first. With --as-of: every tenant replayed ' +
        'from the log up to that instant (from its nearest snapshot in the projections).',
    )
    .addOption(
      new Option('--as-of <instant>', 'ISO-8601 instant (2026-01-31 or 2026-01-31T12:00:00Z)').argParser(
        isoInstant,
      ),
    )
    .addOption(formatOption(READABLE_REPORT_FORMATS))
    .addOption(outOption())
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- report quota --format csv',
        'npm run cli -- report quota --as-of 2026-01-01 --format csv --out quota-2026-01-01.csv',
        'npm run cli -- report quota > quota.json',
      ),
    )
    .action((options: QuotaReportOptions, command: Command) =>
      runReport(
        io,
        command,
        options.out,
        'tenants',
        async ({ config, projections, output }) => {
          const { asOf } = options;
          // R13: what `expiring` is judged from, and after which `asOf` is a forecast: the time of the
          // report, as the API's (not the CLI's default clock, which tests pin to the demo's end).
          const now = new Date().toISOString();
          if (asOf !== undefined) {
            // Each tenant replayed from its nearest snapshot, kept by the projections.
            const tenants = await pastQuotaReport(projections.asOf, asOf, config.rulebook, now);
            return writeQuotaReport(output, options.format, tenants, asOf);
          }
          // Streamed from the projection database, row by row.
          return writeQuotaReport(
            output,
            options.format,
            currentQuotaReport(projections.readModels, config.rulebook, now),
          );
        },
        {
          path: '/v1/reports/quota',
          query: { asOf: options.asOf },
          ...(options.format === 'table'
            ? {
                format: 'table',
                write: (output, json) =>
                  writeQuotaReport(output, 'table', (json as { tenants: QuotaReportRow[] }).tenants),
              }
            : {
                format: options.format,
                rowsOf: (json) => (json as { tenants: unknown[] }).tenants.length,
              }),
        },
      ),
    );
}

/**
 * The API's two shapes: `{asOf?, tenants}` as JSON, or one CSV row per tenant; or those rows as a
 * table. Returns the number of tenants.
 */
async function writeQuotaReport(
  output: Output,
  format: ReadableReportFormat,
  tenants: Iterable<QuotaReportRow>,
  asOf?: string,
): Promise<number> {
  if (format === 'csv') return writeCsv(output, QUOTA_REPORT_COLUMNS, mapIterable(tenants, quotaCsvRow));
  if (format === 'table') return writeTable(output, QUOTA_REPORT_COLUMNS, mapIterable(tenants, quotaCsvRow));
  const list = [...tenants];
  await writeJson(output, { ...(asOf === undefined ? {} : { asOf }), tenants: list });
  return list.length;
}
