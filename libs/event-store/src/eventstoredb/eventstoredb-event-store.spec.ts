import { createServer, type Server, type Socket } from 'node:net';
import {
  startEventStoreDbTestServer,
  type EventStoreDbTestServer,
} from '../../../../test/eventstoredb-test-server';
import { APPEND_SIZE_LIMIT } from '../append-size';
import {
  AppendTooLargeError,
  EventIdConflictError,
  StoreUnavailableError,
  WrongExpectedRevisionError,
} from '../errors';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import type { EventStoreDbEventStoreOptions } from './eventstoredb-options';
import {
  anEvent,
  aStreamName,
  aStreamPrefix,
  collect,
  idsOf,
  rejectionOf,
  someEvents,
  staysPending,
  takeNext,
  withTimeout,
} from '../contract/contract-fixtures';
import { describeEventStoreContract } from '../contract/event-store-contract';

/** The adapter talks gRPC to an in-process stand-in for one EventStoreDB node (test infrastructure). */

// Every event goes through google-protobuf on both sides of the wire; the contract's 2,100-event cases take one to two
// seconds here and could near Jest's default 5 s on a loaded machine. Hangs are still caught: the
// suite bounds its waits itself (takeNext, withTimeout).
jest.setTimeout(15_000);

function recordingLogger(): {
  infos: string[];
  warnings: string[];
  log(message: string): void;
  warn(message: string): void;
} {
  const infos: string[] = [];
  const warnings: string[] = [];
  return {
    infos,
    warnings,
    log: (message) => infos.push(message),
    warn: (message) => warnings.push(message),
  };
}

const quiet = { log: () => undefined, warn: () => undefined };

function openStore(
  url: string,
  options: Partial<EventStoreDbEventStoreOptions> = {},
): EventStoreDbEventStore {
  return new EventStoreDbEventStore({ connectionString: url, logger: quiet, ...options });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a subscription's start (commit, prepare) is at or after the event at `position` (commit == prepare). */
const isAtOrAfter = (
  start: { commit: bigint; prepare: bigint } | 'start' | 'end' | undefined,
  position: bigint,
): boolean =>
  typeof start === 'object' &&
  (start.commit > position || (start.commit === position && start.prepare >= position));

async function eventually(condition: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('EventStoreDbEventStore', () => {
  let server: EventStoreDbTestServer;
  beforeAll(async () => {
    server = await startEventStoreDbTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  describeEventStoreContract('eventstoredb (gRPC test server)', async () => {
    const store = openStore(server.url);
    let reopened: EventStoreDbEventStore | undefined;
    return {
      store,
      reopen: async () => (reopened = openStore(server.url)),
      cleanup: async () => {
        await store.close();
        await reopened?.close();
      },
    };
  });
});

describe('EventStoreDbEventStore against a node that drops subscriptions', () => {
  let server: EventStoreDbTestServer;
  let store: EventStoreDbEventStore;
  let logger: ReturnType<typeof recordingLogger>;

  beforeEach(async () => {
    server = await startEventStoreDbTestServer();
    logger = recordingLogger();
    store = openStore(server.url, { logger, reconnectInitialDelayMs: 20, reconnectMaxDelayMs: 100 });
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it('resubscribes after the last event it delivered: no gap, no duplicate, a bounded log', async () => {
    const prefix = aStreamPrefix();
    const stored = someEvents(5);
    await store.append(`${prefix}a`, stored, 'no-stream');
    const subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
    const events = subscription[Symbol.asyncIterator]();
    const [, , third] = await takeNext(events, 3);

    // Dropped during catch-up, two stored events not yet delivered, more appended meanwhile.
    server.dropSubscriptions();
    const meanwhile = someEvents(4);
    await store.append(`${prefix}b`, meanwhile, 'no-stream');
    const resumed = await takeNext(events, 6);
    expect(idsOf(resumed)).toEqual(idsOf([...stored.slice(3), ...meanwhile]));
    // It asked again from no earlier than what it had handed over (messages that reached it before
    // the drop — events, a checkpoint — count) and from before what it had not seen.
    const resumedFrom = server.allSubscriptionStarts[1];
    expect(isAtOrAfter(resumedFrom, third.position)).toBe(true);
    expect(isAtOrAfter(resumedFrom, resumed[2].position)).toBe(false);

    // Dropped again while live.
    server.dropSubscriptions();
    const later = someEvents(2);
    await store.append(`${prefix}a`, later, 4n);
    expect(idsOf(await takeNext(events, 2))).toEqual(idsOf(later));
    expect(await staysPending(events.next(), 300)).toBe(true);

    expect(server.allSubscriptionStarts).toHaveLength(3);
    expect(logger.warnings).toHaveLength(2);
    expect(logger.infos.filter((line) => line.includes('resumed'))).toHaveLength(2);
    await subscription.close();
  });

  it('resumes from a server checkpoint exactly as sent, (boundary, 0), so the next event is not skipped', async () => {
    // Records the prefix does not match; the server checkpoints past them when it goes live.
    await store.append(aStreamName(), someEvents(40), 'no-stream');
    if (server.log.all.length % 32 === 0) await store.append(aStreamName(), [anEvent()], 'no-stream');
    const prefix = aStreamPrefix();
    const subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
    const pending = subscription[Symbol.asyncIterator]().next();
    await sleep(200); // catch-up over 41 records, then the going-live checkpoint

    server.dropSubscriptions();
    const mine = anEvent();
    const appended = await store.append(`${prefix}a`, [mine], 'no-stream');

    expect((await withTimeout(pending, 5000, 'the event after the checkpoint')).value).toMatchObject({
      id: mine.id,
    });
    // The checkpoint sits at the log's end, where the new event was then written: commit equal,
    // prepare 0. Resuming from the squashed position (commit, commit) would have skipped it.
    expect(server.allSubscriptionStarts.at(-1)).toEqual({ commit: appended.position, prepare: 0n });
    await subscription.close();
  });

  it('during an outage retries with backoff, logs the 1st, 2nd, 4th… failure only, and close() still ends it', async () => {
    const prefix = aStreamPrefix();
    await store.append(`${prefix}a`, [anEvent()], 'no-stream');
    const subscription = store.subscribeToAll({ filter: { streamPrefix: prefix } });
    const events = subscription[Symbol.asyncIterator]();
    await takeNext(events, 1);
    const pending = events.next();

    await server.stop();
    await sleep(500);

    const attempts = logger.warnings.map((line) => Number(/attempt (\d+)/.exec(line)?.[1]));
    expect(Math.max(...attempts)).toBeGreaterThanOrEqual(4);
    expect(attempts.every((attempt) => Number.isInteger(Math.log2(attempt)))).toBe(true);
    await subscription.close();
    expect(await withTimeout(pending, 1000, 'the pending next() to end')).toMatchObject({ done: true });
  });

  it('close() of the store ends its subscriptions', async () => {
    const subscription = store.subscribeToAll({ filter: { streamPrefix: aStreamPrefix() } });
    const pending = subscription[Symbol.asyncIterator]().next();
    await sleep(50);
    await store.close();
    expect(await withTimeout(pending, 1000, 'the pending next() to end')).toMatchObject({ done: true });
    await eventually(() => server.activeSubscriptions === 0, 'the server to see the subscription cancelled');
  });
});

describe.each([
  ['BatchAppend (servers since 21.10)', true],
  ['the older Append', false],
])('EventStoreDbEventStore appends through %s', (_, batchAppend) => {
  let server: EventStoreDbTestServer;
  let store: EventStoreDbEventStore;
  beforeAll(async () => {
    server = await startEventStoreDbTestServer({ batchAppend });
    store = openStore(server.url);
  });
  afterAll(async () => {
    await store.close();
    await server.stop();
  });

  it('maps expected revisions and conflicts', async () => {
    const stream = aStreamName();
    expect((await store.append(stream, someEvents(2), 'no-stream')).nextExpectedRevision).toBe(1n);
    expect((await store.append(stream, [anEvent()], 1n)).nextExpectedRevision).toBe(2n);
    expect((await store.append(stream, [anEvent()], 'stream-exists')).nextExpectedRevision).toBe(3n);
    expect((await store.append(stream, [anEvent()], 'any')).nextExpectedRevision).toBe(4n);
    const conflict = await rejectionOf(store.append(stream, [anEvent()], 1n));
    expect(conflict).toBeInstanceOf(WrongExpectedRevisionError);
    expect(conflict).toMatchObject({ streamName: stream, expected: 1n, actual: 4n });
  });

  it('maps the node refusing an append over its MaxAppendSize to AppendTooLargeError, nothing written', async () => {
    const stream = aStreamName();
    const oversized = Array.from({ length: 11 }, () =>
      anEvent('LicensePurchased', { note: 'x'.repeat(100_000) }),
    );
    const refusal = await rejectionOf(store.append(stream, oversized, 'no-stream'));
    expect(refusal).toBeInstanceOf(AppendTooLargeError);
    expect(refusal).toMatchObject({ streamName: stream, limit: APPEND_SIZE_LIMIT });
    expect(await collect(store.readStream(stream))).toEqual([]);
  });

  it('answers a retry with the first result, and refuses a batch that only partly matches', async () => {
    const stream = aStreamName();
    const batch = someEvents(2);
    const first = await store.append(stream, batch, 'no-stream');
    expect(await store.append(stream, batch, 'no-stream')).toEqual({ ...first, deduplicated: true });
    expect(await store.append(stream, batch, 'any')).toEqual({ ...first, deduplicated: true });

    expect(await rejectionOf(store.append(stream, [batch[0], anEvent()], 'no-stream'))).toBeInstanceOf(
      EventIdConflictError,
    );
    expect(await rejectionOf(store.append(stream, [batch[0], anEvent()], 'any'))).toBeInstanceOf(
      EventIdConflictError,
    );
    const twice = anEvent();
    expect(await rejectionOf(store.append(stream, [twice, twice], 1n))).toBeInstanceOf(EventIdConflictError);
    expect(await collect(store.readStream(stream))).toHaveLength(2);
  });
});

describe('EventStoreDbEventStore without a reachable node', () => {
  const unavailable = async (store: EventStoreDbEventStore): Promise<void> => {
    const calls: [string, () => Promise<unknown>][] = [
      ['append', () => store.append(aStreamName(), [anEvent()], 'no-stream')],
      ['readStream', () => collect(store.readStream(aStreamName()))],
      ['readAll', () => collect(store.readAll({ filter: { streamPrefix: aStreamPrefix() } }))],
      ['headPosition', () => store.headPosition()],
    ];
    // All at once: each must give up on its own deadline, not queue behind the others.
    const outcomes = await Promise.all(
      calls.map(async ([call, attempt]) => [call, await rejectionOf(attempt())]),
    );
    for (const [call] of calls) expect(outcomes).toContainEqual([call, expect.any(StoreUnavailableError)]);
  };

  it('refusing connections: health is down at once, every call fails with StoreUnavailableError', async () => {
    const port = await closedPort();
    const store = openStore(`esdb://127.0.0.1:${port}?tls=false`, {
      callTimeoutMs: 3000,
      healthTimeoutMs: 1000,
    });
    const started = Date.now();
    try {
      expect(await store.health()).toMatchObject({
        up: false,
        adapter: 'eventstoredb',
        detail: expect.any(String),
      });
      await unavailable(store);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await store.close();
    }
  });

  it('accepting connections but never answering: calls give up at their deadline instead of hanging', async () => {
    const silent = await silentServer();
    const store = openStore(`esdb://127.0.0.1:${silent.port}?tls=false`, {
      callTimeoutMs: 400,
      healthTimeoutMs: 300,
    });
    const started = Date.now();
    try {
      expect(await store.health()).toMatchObject({ up: false, detail: expect.stringContaining('300 ms') });
      await unavailable(store);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await store.close();
      await silent.close();
    }
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A TCP server that accepts and then says nothing — a hung node, or a firewall that swallows packets. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
