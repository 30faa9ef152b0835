import { parse } from 'csv-parse/sync';
import { formatError, ImportFormatError, type RecordPlace } from './import-format-error';

/** The rows of a CSV export as records by column name, each with the line it starts on. */
export interface CsvRecords {
  readonly records: readonly Record<string, string>[];
  readonly places: readonly RecordPlace[];
}

/**
 * Reads a CSV as PowerShell's `Export-Csv` writes it (a header line, every cell quoted, quotes
 * doubled, a `#TYPE` line first unless `-NoTypeInformation`). A missing column fails on the
 * header line; a row with another number of cells, on its own line.
 */
export function csvRecordsOf(file: string, text: string, required: readonly string[]): CsvRecords {
  const body = text.replace(/^\uFEFF/, '');
  const typeLine = body.startsWith('#TYPE') ? 1 : 0;
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(body, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      from_line: typeLine + 1,
    }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message);
    throw new ImportFormatError(
      file,
      line === null ? 1 : Number(line[1]) + typeLine,
      'CSV',
      'not valid CSV (unterminated quote or stray character)',
    );
  }
  if (rows.length === 0) throw formatError({ file, line: 1 }, 'header', 'the file is empty');
  const header = rows[0].record;
  const headerLine = typeLine + 1;
  for (const column of required) {
    if (!header.includes(column)) {
      throw formatError(
        { file, line: headerLine },
        column,
        `column missing (the header has ${header.join(', ')})`,
      );
    }
  }
  const records: Record<string, string>[] = [];
  const places: RecordPlace[] = [];
  for (const { record, info } of rows.slice(1)) {
    // csv-parse counts the lines read so far: the row ends there, and starts `newlines` lines before.
    const line = info.lines + typeLine - (record.join('').match(/\n/g)?.length ?? 0);
    if (record.length !== header.length) {
      throw formatError({ file, line }, 'row', `${record.length} cells for ${header.length} columns`);
    }
    records.push(Object.fromEntries(header.map((column, index) => [column, record[index]])));
    places.push({ file, line });
  }
  return { records, places };
}
