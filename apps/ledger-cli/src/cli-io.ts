import type { Writable } from 'node:stream';

/** Everything the CLI touches of its process, so tests run it in-process with their own streams. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** The clock for defaults such as the demo's end; the system clock when absent. */
  readonly now?: () => Date;
}

export function isTty(stream: Writable): boolean {
  return (stream as Writable & { readonly isTTY?: boolean }).isTTY === true;
}

export function nowOf(io: CliIo): Date {
  return io.now?.() ?? new Date();
}
