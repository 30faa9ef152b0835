import { StoreUnavailableError } from '../errors';

/**
 * Every call to EventStoreDB is bounded here as well as by gRPC deadlines: the client gives reads
 * and subscriptions no deadline at all, and a BatchAppend waits on a shared stream whose per-request
 * deadline only the server enforces. A node that accepts connections but never answers would
 * otherwise hang the caller instead of letting it answer 503.
 */
export async function within<T>(
  promise: Promise<T>,
  timeoutMs: number,
  action: string,
  onTimeout?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // The abandoned call may still fail later; that failure has no one left to tell.
      promise.catch(() => undefined);
      onTimeout?.();
      reject(new StoreUnavailableError(`EventStoreDB did not answer within ${timeoutMs} ms (${action})`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Iterates `source`, failing when the store sends nothing for `timeoutMs` while we wait for the next
 * item (time the consumer spends between items does not count, so a slow replay is fine).
 * `abort` releases the underlying call; it runs on a timeout and when the consumer stops early.
 */
export async function* withIdleTimeout<T>(
  source: AsyncIterable<T>,
  timeoutMs: number,
  action: string,
  abort: () => void,
): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const result = await within(iterator.next(), timeoutMs, action, abort);
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } catch (error) {
    finished = true;
    throw error;
  } finally {
    if (!finished) {
      abort();
      // Not awaited: a stream's iterator can wait for an end that a cancelled call never sends.
      iterator.return?.().catch(() => undefined);
    }
  }
}

/** A pause that `wake()` cuts short (used between reconnection attempts, so close() is prompt). */
export function interruptibleSleep(ms: number): { readonly done: Promise<void>; wake(): void } {
  let wake = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, wake };
}
