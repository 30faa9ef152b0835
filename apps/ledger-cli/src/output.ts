import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { csvStringifier } from '@ledger/runtime';
import type { CliIo } from './cli-io';
import { CommandFailure } from './exit-codes';

/** Where a report goes: stdout, or a file given with --out. */
export interface Output {
  readonly stream: Writable;
  /** Human name for messages: `stdout` or the path. */
  readonly name: string;
  readonly toFile: boolean;
  close(): Promise<void>;
}

export async function openOutput(io: CliIo, file: string | undefined): Promise<Output> {
  if (file === undefined) return { stream: io.stdout, name: 'stdout', toFile: false, close: async () => {} };
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new CommandFailure(
      `cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    stream,
    name: file,
    toFile: true,
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
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
