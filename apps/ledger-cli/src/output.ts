import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import * as path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { csvStringifier } from '@ledger/runtime/csv/csv';
import type { CliIo } from './cli-io';
import { CommandFailure } from './exit-codes';

/** Where a report goes: stdout, or a file given with --out. */
export interface Output {
  readonly stream: Writable;
  /** Human name for messages: `stdout` or the path. */
  readonly name: string;
  readonly toFile: boolean;
}

/** Why a file cannot be written, in words (the temporary file's path is of no use to the operator). */
const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'its directory does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

function cannotWrite(file: string, error: unknown): CommandFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    (code === undefined ? undefined : FILE_PROBLEMS[code]) ??
    (error instanceof Error ? error.message : String(error));
  return new CommandFailure(`cannot write ${file}: ${reason}`);
}

/**
 * Runs `write` with the report's destination: stdout, or the file given with --out, written
 * atomically — into a temporary file beside it, renamed over it only once the whole report is
 * written. On any failure the temporary file is removed and `file` is left as it was (absent, or
 * the previous report), so a scheduler never picks up half a report.
 */
export async function withOutput<T>(
  io: CliIo,
  file: string | undefined,
  write: (output: Output) => Promise<T>,
): Promise<T> {
  if (file === undefined) return write({ stream: io.stdout, name: 'stdout', toFile: false });
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const stream = createWriteStream(temporary, { flags: 'wx' });
  // Kept so a failed write is never an unhandled 'error' event; `once` below rejects with it too.
  stream.on('error', () => {});
  try {
    await once(stream, 'open');
  } catch (error) {
    throw cannotWrite(file, error);
  }
  try {
    const result = await write({ stream, name: file, toFile: true });
    stream.end();
    await once(stream, 'finish').catch((error: unknown) => {
      throw cannotWrite(file, error);
    });
    await rename(temporary, file).catch((error: unknown) => {
      throw cannotWrite(file, error);
    });
    return result;
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes `chunk`, waiting when the destination asks to (a slow pipe, a large report). */
async function write(stream: Writable, chunk: string | Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Streams rows as CSV with the API's writer (csvStringifier: header row first, formula-like cells
 * made text), so a report over every tenant never sits whole in memory. Returns the number of rows.
 */
export async function writeCsv(
  output: Output,
  columns: readonly string[],
  rows: Iterable<Record<string, unknown>>,
): Promise<number> {
  let written = 0;
  const counted = (function* () {
    for (const row of rows) {
      written += 1;
      yield row;
    }
  })();
  const csv = Readable.from(counted).pipe(csvStringifier(columns));
  for await (const chunk of csv) await write(output.stream, chunk as Buffer);
  return written;
}

export async function writeJson(output: Output, value: unknown): Promise<void> {
  await write(output.stream, `${JSON.stringify(value, null, 2)}\n`);
}

export async function writeText(output: Output, text: string): Promise<void> {
  await write(output.stream, text);
}
