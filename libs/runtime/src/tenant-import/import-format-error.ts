/**
 * Malformed input in a tenant export: one line naming the file, the line and the field, so an
 * administrator can open the file at the place and see what is wrong. Nothing is appended when a
 * file of the export is malformed: every file is read whole before anything is decided.
 */
export class ImportFormatError extends Error {
  override readonly name = 'ImportFormatError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}, ${field}: ${reason}`);
  }
}

/** Where a record sits in its file, to name it in an error. */
export interface RecordPlace {
  readonly file: string;
  readonly line: number;
}

export function formatError(place: RecordPlace, field: string, reason: string): ImportFormatError {
  return new ImportFormatError(place.file, place.line, field, reason);
}
