/**
 * TEST INFRASTRUCTURE — Streams.Read: reads of a stream or of $all (forwards/backwards, counted,
 * filtered) and subscriptions to a stream or to $all (catch-up, then live, with checkpoints).
 */
import { status, type ServerWritableStream, type handleServerStreamingCall } from '@grpc/grpc-js';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { InMemoryLog, StoredEvent } from './in-memory-log';
import { allFilterOf, type AllFilter } from './filters';
import {
  allReadStart,
  caughtUp,
  checkpoint,
  compareLogPositions,
  confirmation,
  eventLogPosition,
  InvalidRequestError,
  newSubscriptionId,
  streamNameOf,
  streamNotFound,
  streamReadStart,
  toReadEvent,
  uint64,
  type LogPosition,
} from './grpc-messages';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/** Live subscriptions, so a test can drop them all the way a restarting node would. */
export class SubscriptionRegistry {
  private readonly active = new Map<ReadCall, AbortController>();
  /** Where each $all subscription asked to start, in arrival order, so a test can see how a client resumed. */
  readonly allStarts: (LogPosition | 'start' | 'end')[] = [];

  add(call: ReadCall, controller: AbortController): void {
    this.active.set(call, controller);
  }

  remove(call: ReadCall): void {
    this.active.delete(call);
  }

  get size(): number {
    return this.active.size;
  }

  /** Ends every subscription with UNAVAILABLE, as a client sees it when the node goes away. */
  dropAll(details = 'Subscription dropped by the test server'): void {
    for (const [call, controller] of this.active) {
      controller.abort();
      call.emit('error', { code: status.UNAVAILABLE, details });
    }
    this.active.clear();
  }
}

export function createReadHandler(
  log: InMemoryLog,
  subscriptions: SubscriptionRegistry,
): handleServerStreamingCall<ReadReq, ReadResp> {
  return (call) => {
    const controller = new AbortController();
    call.on('cancelled', () => controller.abort());
    serveRead(log, subscriptions, call, controller).then(
      () => {
        if (!controller.signal.aborted) call.end();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const invalid = error instanceof InvalidRequestError;
        call.emit('error', {
          code: invalid ? status.INVALID_ARGUMENT : status.INTERNAL,
          details: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };
}

async function serveRead(
  log: InMemoryLog,
  subscriptions: SubscriptionRegistry,
  call: ReadCall,
  controller: AbortController,
): Promise<void> {
  const options = call.request.getOptions();
  if (options === undefined) throw new InvalidRequestError('read options are required');
  const forwards = options.getReadDirection() === ReadReq.Options.ReadDirection.FORWARDS;
  const isSubscription = options.getCountOptionCase() === ReadReq.Options.CountOptionCase.SUBSCRIPTION;
  const filter = allFilterOf(options);
  const send = (message: ReadResp): Promise<void> => write(call, message, controller.signal);

  if (isSubscription) {
    if (!forwards) throw new InvalidRequestError('subscriptions only go forwards');
    subscriptions.add(call, controller);
    try {
      await send(confirmation(newSubscriptionId()));
      if (options.getStreamOptionCase() === ReadReq.Options.StreamOptionCase.STREAM) {
        const streamOptions = options.getStream();
        if (streamOptions === undefined) throw new InvalidRequestError('stream options are required');
        await subscribeToStream(
          log,
          streamNameOf(streamOptions.getStreamIdentifier()),
          streamReadStart(streamOptions),
          send,
          controller.signal,
        );
      } else {
        const start = allReadStart(options.getAll());
        subscriptions.allStarts.push(start);
        await subscribeToAll(log, start, filter, send, controller.signal);
      }
    } finally {
      subscriptions.remove(call);
    }
    return;
  }

  const count = countOf(options.getCount());
  if (options.getStreamOptionCase() === ReadReq.Options.StreamOptionCase.STREAM) {
    const streamOptions = options.getStream();
    if (streamOptions === undefined) throw new InvalidRequestError('stream options are required');
    const streamName = streamNameOf(streamOptions.getStreamIdentifier());
    if (log.lastRevision(streamName) === null) {
      await send(streamNotFound(streamName));
      return;
    }
    for (const event of readStream(log, streamName, streamReadStart(streamOptions), forwards, count)) {
      if (controller.signal.aborted) return;
      await send(toReadEvent(event));
    }
    return;
  }

  let sent = 0;
  for (const event of readAll(log, allReadStart(options.getAll()), forwards)) {
    if (controller.signal.aborted || sent >= count) return;
    if (filter !== null && !filter.matches(event)) continue;
    await send(toReadEvent(event));
    sent += 1;
  }
}

/** `count` is a uint64; clients send Number.MAX_SAFE_INTEGER for "all of it". */
function countOf(value: string): number {
  const count = uint64(value);
  return count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(count);
}

function* readStream(
  log: InMemoryLog,
  streamName: string,
  start: bigint | 'start' | 'end',
  forwards: boolean,
  count: number,
): Generator<StoredEvent> {
  const visible = log.visibleStreamEvents(streamName);
  const last = visible[visible.length - 1]?.revision ?? -1n;
  // Forwards reads revisions >= from; backwards reads revisions <= from, newest first.
  const from = start === 'start' ? 0n : start === 'end' ? (forwards ? last + 1n : last) : start;
  const selected = forwards
    ? visible.filter((event) => event.revision >= from)
    : visible.filter((event) => event.revision <= from).reverse();
  yield* selected.slice(0, count);
}

/**
 * $all in log order. Forwards from a position includes the event at it; backwards from a position
 * excludes it — the same asymmetry as a real node reading its transaction file.
 */
function* readAll(
  log: InMemoryLog,
  start: LogPosition | 'start' | 'end',
  forwards: boolean,
): Generator<StoredEvent> {
  const records = log.all;
  if (forwards) {
    if (start === 'end') return;
    for (const event of records) {
      if (start === 'start' || compareLogPositions(eventLogPosition(event), start) >= 0) yield event;
    }
    return;
  }
  if (start === 'start') return;
  for (let index = records.length - 1; index >= 0; index -= 1) {
    const event = records[index];
    if (event !== undefined && (start === 'end' || compareLogPositions(eventLogPosition(event), start) < 0))
      yield event;
  }
}

/**
 * Catch-up then live in one loop: the subscription sends whatever the log holds past its cursor,
 * then waits for the next append. Checking the cursor and registering the wait happen in the same
 * tick, so no append can slip between them.
 */
async function subscribeToAll(
  log: InMemoryLog,
  start: LogPosition | 'start' | 'end',
  filter: AllFilter | null,
  send: (message: ReadResp) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  const records = log.all;
  // A subscription from a position delivers only what comes after it.
  let index =
    start === 'start'
      ? 0
      : start === 'end'
        ? records.length
        : records.findIndex((event) => compareLogPositions(eventLogPosition(event), start) > 0);
  if (index < 0) index = records.length;
  let considered = 0;
  let consideredSinceCheckpoint = 0;
  let isCaughtUp = false;

  // A filtered subscription checkpoints at the boundary after the last record it considered,
  // shaped like the server's page boundaries: (post-position, 0) — commit != prepare.
  const boundaryAfter = (position: number): LogPosition => ({
    commit: records[position]?.logPosition ?? log.writerPosition,
    prepare: 0n,
  });

  while (!signal.aborted) {
    const event = records[index];
    if (event !== undefined) {
      index += 1;
      considered += 1;
      consideredSinceCheckpoint += 1;
      if (filter === null || filter.matches(event)) await send(toReadEvent(event));
      if (filter !== null && considered % filter.checkpointInterval === 0) {
        await send(checkpoint(boundaryAfter(index)));
        consideredSinceCheckpoint = 0;
      }
      continue;
    }
    if (!isCaughtUp) {
      // As the server does when going live: a checkpoint, then "caught up".
      if (filter !== null && consideredSinceCheckpoint > 0) {
        await send(checkpoint(boundaryAfter(index)));
        consideredSinceCheckpoint = 0;
      }
      await send(caughtUp());
      isCaughtUp = true;
      continue;
    }
    await log.waitForAppend(signal);
  }
}

async function subscribeToStream(
  log: InMemoryLog,
  streamName: string,
  start: bigint | 'start' | 'end',
  send: (message: ReadResp) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  const firstVisible = log.visibleStreamEvents(streamName)[0]?.revision ?? 0n;
  const current = log.lastRevision(streamName);
  // From a revision: the events after it; from the end: only what is appended from now on.
  let next = start === 'start' ? firstVisible : start === 'end' ? (current ?? -1n) + 1n : start + 1n;
  let isCaughtUp = false;

  while (!signal.aborted) {
    const events = log.visibleStreamEvents(streamName);
    // Revisions inside a stream are contiguous, so the next one sits at a computable index.
    const first = events[0]?.revision ?? 0n;
    // Events hidden by $maxCount while the subscriber was behind are skipped, as on the server.
    if (next < first) next = first;
    const event = events[Number(next - first)];
    if (event !== undefined) {
      next += 1n;
      await send(toReadEvent(event));
      continue;
    }
    if (!isCaughtUp) {
      await send(caughtUp());
      isCaughtUp = true;
      continue;
    }
    await log.waitForAppend(signal);
  }
}

/** Honours HTTP/2 flow control: a slow reader makes the server wait, as on a real node. */
async function write(call: ReadCall, message: ReadResp, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  if (call.write(message)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      call.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    call.once('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}
