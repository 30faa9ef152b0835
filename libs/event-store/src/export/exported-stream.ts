import type { JsonObject, RecordedEvent } from '../events';

/**
 * One event of an exported stream: one line of NDJSON, the event as the store holds it, enough
 * to rebuild the stream in another store. Revision and position are decimal strings (bigints in
 * the store); the position and `recordedAt` say where and when the exporting store held it, and
 * are not carried over: the store that imports the stream sets its own.
 */
export interface ExportedEvent {
  readonly streamName: string;
  readonly revision: string;
  readonly position: string;
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly recordedAt?: string;
}

export function exportedEventOf(recorded: RecordedEvent): ExportedEvent {
  return {
    streamName: recorded.streamName,
    revision: recorded.revision.toString(),
    position: recorded.position.toString(),
    id: recorded.id,
    type: recorded.type,
    data: recorded.data,
    metadata: recorded.metadata,
    recordedAt: recorded.recordedAt.toISOString(),
  };
}

/** A line of an export that is not an exported event, or an export that is not whole (see export-reader.ts). */
export class ExportFormatError extends Error {
  override readonly name = 'ExportFormatError';
}

/** The store already holds other events in the stream: an import never mixes two histories. */
export class ExportConflictError extends Error {
  override readonly name = 'ExportConflictError';
}

export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isDecimal = (value: unknown): value is string => typeof value === 'string' && /^\d+$/.test(value);

/** The JSON value of one line of an export; `lineNumber` (1-based) names it in the error. */
export function jsonOfLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new ExportFormatError(`Line ${lineNumber} is not JSON`);
  }
}

/** Reads one line of an export; `lineNumber` (1-based) names it in the error. */
export function parseExportedEvent(line: string, lineNumber: number): ExportedEvent {
  return exportedEventFrom(jsonOfLine(line, lineNumber), lineNumber);
}

/** An exported event, from the JSON value of line `lineNumber`. */
export function exportedEventFrom(value: unknown, lineNumber: number): ExportedEvent {
  const problem = !isJsonObject(value)
    ? 'not an object'
    : typeof value.streamName !== 'string' || value.streamName === ''
      ? 'no streamName'
      : !isDecimal(value.revision)
        ? 'no revision (a decimal string)'
        : typeof value.id !== 'string' || value.id === ''
          ? 'no id'
          : typeof value.type !== 'string' || value.type === ''
            ? 'no type'
            : !isJsonObject(value.data) || !isJsonObject(value.metadata)
              ? 'no data or metadata object'
              : null;
  if (problem !== null)
    throw new ExportFormatError(`Line ${lineNumber} is not an exported event: ${problem}`);
  return value as unknown as ExportedEvent;
}
