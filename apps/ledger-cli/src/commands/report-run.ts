import type { Command } from 'commander';
import type { LedgerProjections } from '@ledger/projections';
import type { LedgerConfig } from '@ledger/runtime';
import type { CliIo } from '../cli-io';
import { configOf, withStore } from '../ledger-context';
import { count } from '../number-format';
import { ApiBackend } from '../backend/api-backend';
import { apiOf } from '../backend/backend-of';
import { withOutput, writeJson, writeText, type Output } from '../output';
import { openProjectionsForReading } from '../projection-access';

/** What a report writes from: the configuration, the projections caught up with the log, the destination. */
export interface ReportContext {
  readonly config: LedgerConfig;
  readonly projections: LedgerProjections;
  readonly output: Output;
}

/**
 * The frame of every report command: the destination opened first (a bad --out fails before any
 * reading), the store and the projections opened and closed, and with --out one line on stderr
 * saying how many `unit` were written. `write` answers that number. A failure anywhere leaves no
 * file behind (withOutput) and exits non-zero with one line (cli.ts).
 */
export async function runReport(
  io: CliIo,
  command: Command,
  out: string | undefined,
  unit: string,
  write: (context: ReportContext) => Promise<number>,
  throughApi: ReportThroughApi,
): Promise<void> {
  const api = apiOf(io, command);
  if (api !== undefined) {
    const written = await reportThroughApi(io, new ApiBackend(api.url, api.token), out, throughApi);
    if (out !== undefined) io.stderr.write(`wrote ${count(written)} ${unit} to ${out}\n`);
    return;
  }
  const config = configOf(io, command);
  const written = await withOutput(io, out, (output) =>
    withStore(config, async (store) => {
      const projections = await openProjectionsForReading(io, config, store);
      try {
        return await write({ config, projections, output });
      } finally {
        await projections.close();
      }
    }),
  );
  if (out !== undefined) io.stderr.write(`wrote ${count(written)} ${unit} to ${out}\n`);
}

/**
 * How a report is read from a running API: its route and query, and either how many rows its JSON
 * holds (JSON and CSV written as the API answers them) or how to write its JSON answer (e.g. as a table).
 */
export type ReportThroughApi = {
  readonly path: string;
  readonly query: Readonly<Record<string, string | undefined>>;
} & (
  | { readonly format: 'json' | 'csv'; readonly rowsOf: (json: unknown) => number }
  | { readonly format: string; readonly write: (output: Output, json: unknown) => Promise<number> }
);

/** The API's answer written as the store's would be: JSON laid out alike, CSV (the API's own writer) as is. */
async function reportThroughApi(
  io: CliIo,
  backend: ApiBackend,
  out: string | undefined,
  report: ReportThroughApi,
): Promise<number> {
  const { path, query } = report;
  if ('write' in report) {
    const answer = await backend.report(path, query, 'json');
    return withOutput(io, out, (output) => report.write(output, answer));
  }
  const answer = await backend.report(path, query, report.format);
  return withOutput(io, out, async (output) => {
    if (report.format === 'json') {
      await writeJson(output, answer);
      return report.rowsOf(answer);
    }
    const text = String(answer);
    await writeText(output, text);
    // The header line is no row.
    return Math.max(0, text.split('\n').filter((line) => line !== '').length - 1);
  });
}
