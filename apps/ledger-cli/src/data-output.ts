import { Option } from 'commander';
import type { Writable } from 'node:stream';
import type { CliIo } from './cli-io';
import { writeCsv, writeJson, writeText, type Output } from './output';
import { textTable } from './text-table';

export const DATA_FORMATS = ['table', 'json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** `--format`: the same three on every command that prints data. */
export function dataFormatOption(defaultFormat: DataFormat = 'table'): Option {
  return new Option(
    '--format <format>',
    'table (aligned, fitted to the terminal), json (as the API answers) or csv (header first; never cut)',
  )
    .choices(DATA_FORMATS)
    .default(defaultFormat);
}

/** What a command prints: the API's answer as is (JSON) and the same as rows (CSV and the table). */
export interface Data {
  readonly json: unknown;
  readonly columns: readonly string[];
  /** Objects whose fields named in `columns` are the cells. */
  readonly rows: readonly object[];
}

/** A cell as text: strings as they are, lists joined by spaces, anything else as JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(cellText).join(' ');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}

/** The terminal's width when stdout is one; undefined (no cutting) for a pipe or a file. */
export function terminalColumns(stream: Writable): number | undefined {
  const columns = (stream as Writable & { readonly columns?: unknown }).columns;
  return typeof columns === 'number' && columns > 0 ? columns : undefined;
}

/**
 * The one writer of data to stdout: JSON as the API answers it, CSV through the API's writer
 * (formula-like cells made text, SPEC §6), or a table fitted to the terminal.
 */
export async function writeData(io: CliIo, format: DataFormat, data: Data): Promise<void> {
  const output: Output = { stream: io.stdout, name: 'stdout', toFile: false };
  if (format === 'json') return writeJson(output, data.json);
  const cells = data.rows.map((row) =>
    data.columns.map((column) => cellText((row as Record<string, unknown>)[column])),
  );
  if (format === 'csv') {
    const records = cells.map((row) =>
      Object.fromEntries(data.columns.map((column, index) => [column, row[index]])),
    );
    return void (await writeCsv(output, data.columns, records));
  }
  return writeText(
    output,
    textTable(
      data.columns.map((column) => column.toUpperCase()),
      cells,
      new Set(),
      terminalColumns(io.stdout),
    ),
  );
}

/** Rows (a report's CSV rows) as a table fitted to the destination's width; answers how many rows. */
export async function writeTable(
  output: Output,
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, unknown>>>,
): Promise<number> {
  const cells = [...rows].map((row) => columns.map((column) => cellText(row[column])));
  await writeText(
    output,
    textTable(
      columns.map((column) => column.toUpperCase()),
      cells,
      new Set(),
      terminalColumns(output.stream),
    ),
  );
  return cells.length;
}
