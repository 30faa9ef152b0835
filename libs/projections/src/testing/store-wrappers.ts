import { setTimeout as sleep } from 'node:timers/promises';
import {
  StoreUnavailableError,
  type AllSubscription,
  type EventStore,
  type ReadAllOptions,
  type RecordedEvent,
} from '@ledger/event-store';

/**
 * Real stores with one thing changed, for tests of what the read side does when the store is
 * slow or fails: every other call goes to the real store unchanged.
 */
function wrapStore(store: EventStore, readAll: EventStore['readAll']): EventStore {
  return {
    append: (...args) => store.append(...args),
    readStream: (...args) => store.readStream(...args),
    readAll,
    subscribeToAll: (...args): AllSubscription => store.subscribeToAll(...args),
    headPosition: (...args) => store.headPosition(...args),
    health: () => store.health(),
    close: () => store.close(),
  };
}

/** Every event `readAll` delivers costs `ms` of waiting first, as over a network (gRPC to EventStoreDB). */
export function slowStore(store: EventStore, ms: number): EventStore {
  return wrapStore(store, (options?: ReadAllOptions) => ({
    async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
      for await (const recorded of store.readAll(options)) {
        await sleep(ms);
        yield recorded;
      }
    },
  }));
}

/**
 * `readAll` fails once with StoreUnavailableError (a transient store error), on the read whose
 * number `failingRead` (1 = the first) is after `arm()` is called; every other read works.
 */
export function storeFailingOnce(store: EventStore): EventStore & { arm(failingRead: number): void } {
  let countdown = 0;
  const wrapped = wrapStore(store, (options?: ReadAllOptions) => ({
    async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
      if (countdown > 0 && --countdown === 0) throw new StoreUnavailableError('connection reset (injected)');
      yield* store.readAll(options);
    },
  }));
  return Object.assign(wrapped, {
    arm(failingRead: number) {
      countdown = failingRead;
    },
  });
}

/** The real store, counting the events `readAll` has delivered so far (`delivered()`). */
export function countingStore(store: EventStore): EventStore & { delivered(): number } {
  let delivered = 0;
  const wrapped = wrapStore(store, (options?: ReadAllOptions) => ({
    async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
      for await (const recorded of store.readAll(options)) {
        delivered += 1;
        yield recorded;
      }
    },
  }));
  return Object.assign(wrapped, { delivered: () => delivered });
}
