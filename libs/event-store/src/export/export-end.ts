import { createHash } from 'node:crypto';
import type { RecordedEvent } from '../events';
import { ExportFormatError, exportedEventOf, isDecimal, isJsonObject } from './exported-stream';

/**
 * The last line of an export, and the proof that the export is whole: a body cut short (a dropped
 * connection, a partial download, a truncated file) lacks it, and one altered after the fact no
 * longer matches it. One JSON object on its own line, after the last event:
 *
 *   {"exportEnd":{"streamName":"licensing-tenant-contoso","events":1234,"lastRevision":"1233","sha256":"9f86…"}}
 *
 * `events` counts the event lines before it, `lastRevision` is the last one's revision (a decimal
 * string, as on the event lines), and `sha256` is the hex SHA-256 of every byte before the end line:
 * each event line exactly as sent, newline included.
 */
export interface ExportEnd {
  readonly streamName: string;
  readonly events: number;
  readonly lastRevision: string;
  readonly sha256: string;
}

/** The key that tells the end line from an event line (an event line has no such key). */
const END_KEY = 'exportEnd';

/**
 * The lines of an export, each with its newline: the events as the store reads them, then the end
 * line. The end line is written only once the read has reached the stream's end: a read that fails
 * part-way throws out of here before it, so the body a client gets has no end line.
 */
export async function* exportLinesOf(
  first: RecordedEvent,
  rest: AsyncIterator<RecordedEvent>,
): AsyncGenerator<string> {
  const digest = createHash('sha256');
  let events = 0;
  let last = first;
  for (let next: IteratorResult<RecordedEvent> = { value: first }; next.done !== true; next = await rest.next()) {
    const line = `${JSON.stringify(exportedEventOf(next.value))}\n`;
    digest.update(line, 'utf8');
    events += 1;
    last = next.value;
    yield line;
  }
  const end: ExportEnd = {
    streamName: first.streamName,
    events,
    lastRevision: last.revision.toString(),
    sha256: digest.digest('hex'),
  };
  yield `${JSON.stringify({ [END_KEY]: end })}\n`;
}

/** Whether the JSON value of a line is the end line rather than an event. */
export const isExportEndLine = (value: unknown): boolean => isJsonObject(value) && END_KEY in value;

/** The end of an export, from the JSON value of line `lineNumber` (one `isExportEndLine` said it is). */
export function exportEndFrom(value: unknown, lineNumber: number): ExportEnd {
  const end = isJsonObject(value) ? value[END_KEY] : undefined;
  const problem = !isJsonObject(end)
    ? 'exportEnd is not an object'
    : typeof end.streamName !== 'string' || end.streamName === ''
      ? 'no streamName'
      : typeof end.events !== 'number' || !Number.isSafeInteger(end.events) || end.events < 0
        ? 'no events (a count)'
        : !isDecimal(end.lastRevision)
          ? 'no lastRevision (a decimal string)'
          : typeof end.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(end.sha256)
            ? 'no sha256 (64 hex digits)'
            : null;
  if (problem !== null) throw new ExportFormatError(`Line ${lineNumber} is not an end line: ${problem}`);
  return end as unknown as ExportEnd;
}
