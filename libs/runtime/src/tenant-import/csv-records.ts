import { CsvSyntaxError, csvRows } from '../csv/csv-rows';
import { formatError, ImportFormatError, type RecordPlace } from './import-format-error';

/** A row of a CSV export as a record by column name, with the line it starts on. */
export interface CsvRecord {
  readonly record: Record<string, string>;
  readonly place: RecordPlace;
}

/**
 * Reads a CSV as PowerShell's `Export-Csv` writes it (a header line, every cell quoted, quotes
 * doubled, a `#TYPE` line first unless `-NoTypeInformation`). A missing column fails on the
 * header line; a row with another number of cells, on its own line. Records come one at a time
 * as they are read, so a long audit log is never held twice.
 */
export function* csvRecords(file: string, text: string, required: readonly string[]): Generator<CsvRecord> {
  let header: string[] | null = null;
  let typeLine = true;
  try {
    for (const { cells, line } of csvRows(text)) {
      if (typeLine) {
        typeLine = false;
        if (cells[0].startsWith('#TYPE')) continue;
      }
      if (header === null) {
        header = cells;
        for (const column of required) {
          if (!header.includes(column)) {
            throw formatError({ file, line }, column, `column missing (the header has ${header.join(', ')})`);
          }
        }
        continue;
      }
      if (cells.length !== header.length) {
        throw formatError({ file, line }, 'row', `${cells.length} cells for ${header.length} columns`);
      }
      const record: Record<string, string> = {};
      for (let index = 0; index < header.length; index += 1) record[header[index]] = cells[index];
      yield { record, place: { file, line } };
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new ImportFormatError(
      file,
      error.line,
      'CSV',
      'not valid CSV (unterminated quote or stray character)',
    );
  }
  if (header === null) throw formatError({ file, line: 1 }, 'header', 'the file is empty');
}
