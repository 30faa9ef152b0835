import { fork } from 'node:child_process';

/** How a bench child is run: TypeScript through the same swc require hook as the parent. */
const TS_HOOK = ['-r', '@swc-node/register'];

type ChildMessage<T> =
  { readonly kind: 'result'; readonly value: T } | { readonly kind: 'error'; readonly message: string };

/**
 * Runs `file` in its own Node process with `input`, resolving with the one result it sends.
 * Load generators and memory probes live in children so they neither share the API's event
 * loop nor count in its RSS.
 */
export function runChild<I, O>(file: string, input: I, extraExecArgv: readonly string[] = []): Promise<O> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { execArgv: [...TS_HOOK, ...extraExecArgv], stdio: 'inherit' });
    let settled = false;
    child.on('message', (message: ChildMessage<O>) => {
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

/** The child's side: waits for its input, runs `work`, sends the result (or the error) back. */
export function serveChild<I, O>(work: (input: I) => Promise<O>): void {
  process.once('message', (input: I) => {
    work(input).then(
      (value) => process.send?.({ kind: 'result', value } satisfies ChildMessage<O>),
      (error: unknown) =>
        process.send?.({
          kind: 'error',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies ChildMessage<O>),
    );
  });
}
