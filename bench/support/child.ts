import { fork } from 'node:child_process';

/** How a bench child is run: TypeScript through the same swc require hook as the parent. */
const TS_HOOK = ['-r', '@swc-node/register'];

type ChildMessage<T> =
  | { readonly kind: 'result'; readonly value: T }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'progress'; readonly note: string };

/**
 * Runs `file` in its own Node process with `input`, resolving with the one result it sends.
 * Load generators and memory probes live in children so they neither share the API's event
 * loop nor count in its RSS.
 */
export function runChild<I, O>(
  file: string,
  input: I,
  extraExecArgv: readonly string[] = [],
  onProgress: (note: string) => void = () => undefined,
): Promise<O> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { execArgv: [...TS_HOOK, ...extraExecArgv], stdio: 'inherit' });
    let settled = false;
    child.on('message', (message: ChildMessage<O>) => {
      if (message.kind === 'progress') return onProgress(message.note);
      settled = true;
      if (message.kind === 'result') resolve(message.value);
      else reject(new Error(`${file}: ${message.message}`));
      child.disconnect();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`${file} exited (${code ?? signal}) without a result`));
    });
    child.send(input as object);
  });
}

/**
 * The child's side: waits for its input, runs `work`, sends the result (or the error) back.
 * `progress` tells the parent where the work is (the load worker: seeded, the clock starts).
 */
export function serveChild<I, O>(work: (input: I, progress: (note: string) => void) => Promise<O>): void {
  const progress = (note: string): void => {
    process.send?.({ kind: 'progress', note } satisfies ChildMessage<O>);
  };
  process.once('message', (input: I) => {
    work(input, progress).then(
      (value) => process.send?.({ kind: 'result', value } satisfies ChildMessage<O>),
      (error: unknown) =>
        process.send?.({
          kind: 'error',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies ChildMessage<O>),
    );
  });
}

/** A child that keeps serving after it answered (a server the API talks to); `stop` ends it. */
export interface RunningChild<O> {
  readonly value: O;
  stop(): Promise<void>;
}

/**
 * Runs `file` like runChild, but the child lives on after its answer (its `serveChild` work
 * starts a server and resolves with where it listens) until `stop` kills it.
 */
export function startChild<I, O>(file: string, input: I): Promise<RunningChild<O>> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { execArgv: TS_HOOK, stdio: 'inherit' });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    };
    child.on('message', (message: ChildMessage<O>) => {
      if (message.kind === 'progress') return;
      if (message.kind === 'result') resolve({ value: message.value, stop });
      else {
        reject(new Error(`${file}: ${message.message}`));
        void stop();
      }
    });
    child.on('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`${file} exited (${code ?? signal}) before it answered`)),
    );
    child.send(input as object);
  });
}
