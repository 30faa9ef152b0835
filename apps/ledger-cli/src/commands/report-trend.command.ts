import { Command, Option } from 'commander';
import {
  ESTATE_TREND_COLUMNS,
  estateTrendCsvRows,
  TENANT_TREND_COLUMNS,
  tenantTrendCsvRows,
  TREND_FIGURES,
  TREND_INTERVALS,
  trendRefusal,
  type EstateTrend,
  type TenantTrend,
  type TrendInterval,
  type TrendRequest,
} from '@ledger/projections';
import { nowOf, type CliIo } from '../cli-io';
import { UsageError } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { isoInstant, ledgerId } from '../option-parsers';
import { tenantPath } from '../backend/backend';
import { writeCsv, writeJson, writeText, type Output } from '../output';
import { textTable } from '../text-table';
import { formatOption, outOption, READABLE_REPORT_FORMATS, type ReadableReportFormat } from './report-format';
import { runReport } from './report-run';

interface TrendOptions {
  readonly tenant?: string;
  readonly from: string;
  readonly to: string;
  readonly interval: TrendInterval;
  readonly format: ReadableReportFormat;
  readonly out?: string;
}

/** A CSV row as the table shows it: forecast as `yes`, every cell text. */
const cellsOf = (columns: readonly string[], row: Record<string, unknown>) =>
  columns.map((column) => {
    const value = row[column];
    return value === true
      ? 'yes'
      : value === false || value === null || value === undefined
        ? ''
        : String(value);
  });

/** The figures are numbers: right-aligned in the table. */
const FIGURE_COLUMNS: ReadonlySet<string> = new Set([...TREND_FIGURES, 'tenants']);

export function reportTrendCommand(io: CliIo): Command {
  return new Command('trend')
    .summary("a tenant's (or every tenant's) figures at the end of each day, week or month")
    .description(
      'The figures of SPEC §5 trends — allocation, Resource Account seats free / paid / assigned, Phone System ' +
        'seats, broken and non-compliant accounts, monthly cost — at the end of each interval, computed from the ' +
        'log: the same points as GET /v1/tenants/{tenantId}/trend, or with no --tenant GET /v1/reports/trend (every ' +
        'tenant summed). Days end at midnight UTC, weeks on Monday at midnight UTC (ISO 8601), months on the first; ' +
        'the last point is --to. Points after now are forecasts from the terms recorded (R13). At most 1,000 points, ' +
        '--to at most 366 days ahead.',
    )
    .addOption(
      new Option('--tenant <tenantId>', "one tenant's trend (default: every tenant summed)").argParser(
        ledgerId,
      ),
    )
    .addOption(
      new Option('--from <instant>', 'ISO-8601 instant: the start (2026-01-01 or 2026-01-01T00:00:00Z)')
        .argParser(isoInstant)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--to <instant>', 'ISO-8601 instant: the last point')
        .argParser(isoInstant)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--interval <interval>', 'the length of each interval')
        .choices(TREND_INTERVALS)
        .makeOptionMandatory(),
    )
    .addOption(formatOption(READABLE_REPORT_FORMATS))
    .addOption(outOption())
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- report trend --tenant northwind-1-0001 --from 2026-01-01 --to 2026-06-30 --interval week --format table',
        'npm run cli -- report trend --from 2025-07-01 --to 2026-07-01 --interval month --format csv --out trend.csv',
        'npm run cli -- report trend --from 2026-06-01 --to 2027-01-01 --interval month   # forecast ahead',
      ),
    )
    .action((options: TrendOptions, command: Command) => {
      const now = nowOf(io).toISOString();
      const request: TrendRequest = { from: options.from, to: options.to, interval: options.interval };
      // SPEC §5/§6 bad input, as the API refuses it (400): here a usage error, before anything is opened.
      const refusal = trendRefusal(request, now);
      if (refusal !== undefined) throw new UsageError(`--${refusal.field}: ${refusal.message}`);
      const { tenant, format } = options;
      return runReport(
        io,
        command,
        options.out,
        'points',
        async ({ config, projections, output }) => {
          const trend =
            tenant === undefined
              ? await projections.trends.allTenants(request, now, config.rulebook)
              : await projections.trends.tenant(tenant, request, now, config.rulebook);
          await writeTrend(output, format, trend);
          return trend.points.length;
        },
        {
          path: tenant === undefined ? '/v1/reports/trend' : tenantPath(tenant, 'trend'),
          query: { from: request.from, to: request.to, interval: request.interval },
          format,
          write: async (output, answer) => {
            const trend = answer as Trend;
            await writeTrend(output, format, trend);
            return trend.points.length;
          },
        },
      );
    });
}

type Trend = TenantTrend | EstateTrend;

/** A trend as the API answers it (JSON), its CSV rows, or those rows as a table. */
async function writeTrend(output: Output, format: ReadableReportFormat, trend: Trend): Promise<void> {
  const [columns, rows] =
    'tenantId' in trend
      ? [TENANT_TREND_COLUMNS, tenantTrendCsvRows(trend)]
      : [ESTATE_TREND_COLUMNS, estateTrendCsvRows(trend)];
  if (format === 'json') return writeJson(output, trend);
  if (format === 'csv') return void (await writeCsv(output, columns, rows));
  const shown = columns.filter((column) => column !== 'tenantId');
  const right = new Set(shown.flatMap((column, index) => (FIGURE_COLUMNS.has(column) ? [index] : [])));
  const headers = shown.map((column) => column.toUpperCase());
  await writeText(
    output,
    textTable(
      headers,
      [...rows].map((row) => cellsOf(shown, row)),
      right,
    ),
  );
}
