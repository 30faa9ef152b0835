import { createHash } from 'node:crypto';
import { exportEndFrom, isExportEndLine, type ExportEnd } from './export-end';
import { ExportFormatError, exportedEventFrom, jsonOfLine, type ExportedEvent } from './exported-stream';

/** The bytes of an export as they come: a file's read stream, a response body, a buffer in a list. */
export type ExportBytes = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

interface Line {
  readonly bytes: Buffer;
  /** False for the last piece of a body that does not end with a newline. */
  readonly closed: boolean;
}

/** The lines of a body, each with its newline, cut from chunks that may split them anywhere. */
async function* linesOf(chunks: ExportBytes): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const bytes = Buffer.from(chunk);
    let start = 0;
    for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
      pending.push(bytes.subarray(start, newline + 1));
      yield { bytes: Buffer.concat(pending), closed: true };
      pending = [];
      start = newline + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) yield { bytes: Buffer.concat(pending), closed: false };
}

/** "1 event", "1,234 events": as an operator reads them. */
const eventCount = (events: number): string =>
  `${events.toLocaleString('en-US')} ${events === 1 ? 'event' : 'events'}`;

/** The end line against what came before it: the same stream, as many events, the same bytes. */
function checkEnd(end: ExportEnd, streamName: string | null, events: number, lastRevision: string, sha256: string) {
  if (streamName === null) throw new ExportFormatError('The export holds no event');
  if (end.streamName !== streamName) {
    throw new ExportFormatError(
      `the end line closes the export of ${end.streamName}, not of ${streamName} whose events the file holds`,
    );
  }
  if (end.events !== events || end.lastRevision !== lastRevision) {
    throw new ExportFormatError(
      `the export was altered: its end line counts ${eventCount(end.events)} up to revision ${end.lastRevision}, ` +
        `the file holds ${eventCount(events)} up to revision ${lastRevision} — download it again`,
    );
  }
  if (end.sha256 !== sha256) {
    throw new ExportFormatError(
      `the export was altered: the SHA-256 of its ${eventCount(events)} does not match its end line — download it again`,
    );
  }
}

/**
 * The events of an export (export-end.ts), each line checked as it is read: one stream, revisions
 * that follow on from 0; then the whole at the end line: present, last, and matching what came
 * before it. An error is thrown before the line that is wrong is yielded, but the events before it
 * have been: a caller that must not act on part of an export reads it to its end first
 * (`verifyExport`).
 */
export async function* eventsOfExport(bytes: ExportBytes): AsyncGenerator<ExportedEvent, void, undefined> {
  const digest = createHash('sha256');
  let streamName: string | null = null;
  let events = 0;
  let lastRevision = '';
  let ended = false;
  let lineNumber = 0;
  for await (const line of linesOf(bytes)) {
    lineNumber += 1;
    if (ended) {
      throw new ExportFormatError(
        `the export goes on after its end line (line ${lineNumber}): it was altered — download it again`,
      );
    }
    let value: unknown;
    try {
      value = jsonOfLine(line.bytes.toString('utf8'), lineNumber);
    } catch (error) {
      if (line.closed || !(error instanceof ExportFormatError)) throw error;
      throw new ExportFormatError(
        `the export is incomplete: it stops part-way through line ${lineNumber}, after ${eventCount(events)} — download it again`,
      );
    }
    if (isExportEndLine(value)) {
      checkEnd(exportEndFrom(value, lineNumber), streamName, events, lastRevision, digest.digest('hex'));
      ended = true;
      continue;
    }
    const event = exportedEventFrom(value, lineNumber);
    streamName ??= event.streamName;
    if (event.streamName !== streamName) {
      throw new ExportFormatError(`Line ${lineNumber} belongs to ${event.streamName}, not ${streamName}`);
    }
    if (BigInt(event.revision) !== BigInt(events)) {
      throw new ExportFormatError(
        `Line ${lineNumber} has revision ${event.revision}; the stream's events must follow on from 0`,
      );
    }
    digest.update(line.bytes);
    events += 1;
    lastRevision = event.revision;
    yield event;
  }
  if (!ended) {
    throw new ExportFormatError(
      `the export is incomplete: no end line after ${eventCount(events)} — download it again`,
    );
  }
}

/** Only `verifyExport` makes a VerifiedExport: an import cannot be handed an export nobody read whole. */
const verified: unique symbol = Symbol('verified export');

/** An export read to its end line and found whole; `open` reads it again, for the import. */
export interface VerifiedExport {
  readonly [verified]: true;
  readonly streamName: string;
  readonly events: number;
  readonly open: () => ExportBytes;
}

/** Reads a whole export and checks every line and its end (`eventsOfExport`), holding none of its events. */
export async function verifyExport(open: () => ExportBytes): Promise<VerifiedExport> {
  let streamName = '';
  let events = 0;
  for await (const event of eventsOfExport(open())) {
    streamName = event.streamName;
    events += 1;
  }
  return { [verified]: true, streamName, events, open };
}
