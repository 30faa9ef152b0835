import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  MaxAppendSizeExceededError,
  START,
  StreamNotFoundError,
  type AppendResult as AppendToStreamResult,
  WrongExpectedVersionError,
  type JSONType,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import { appendSizeOf } from '../append-size';
import {
  AppendTooLargeError,
  EventIdConflictError,
  StoreUnavailableError,
  WrongExpectedRevisionError,
} from '../errors';
import type { AllSubscription, AppendResult, EventStore, StoreHealth } from '../event-store';
import type { EventToAppend, RecordedEvent } from '../events';
import { assertExpectedRevision } from '../expected-revision';
import type { ExpectedRevision, GlobalPosition } from '../log-positions';
import type { AllFilter, ReadAllOptions, ReadStreamOptions, SubscribeToAllOptions } from '../read-options';
import { within, withIdleTimeout } from './deadlines';
import { EventStoreDbAllSubscription } from './eventstoredb-subscription';
import {
  resolveOptions,
  type EventStoreDbEventStoreOptions,
  type ResolvedEventStoreDbOptions,
} from './eventstoredb-options';
import { toClientExpectedRevision } from './client-expected-revision';
import { openFilteredAllRead } from './filtered-all-read';
import { toEventStoreDbPosition, toGlobalPosition } from './global-position';
import { isLedgerEvent, serverSideFilter } from './ledger-streams';
import { appendAttemptOf, markLastEvent } from './append-attempt';
import { metadataOf, toRecordedEvent } from './recorded-event';
import { asClientError, toStoreError } from './store-errors';

/**
 * The production adapter: the ledger's log in EventStoreDB (ENGINEERING.md "eventstoredb"), through
 * @eventstore/db-client over gRPC. Revisions, expected revisions and idempotent retries are
 * EventStoreDB's own; see global-position.ts for how $all positions become the port's bigint.
 * Every call is bounded in time (deadlines.ts): an unreachable or silent node turns into
 * StoreUnavailableError, never into a hang.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly options: ResolvedEventStoreDbOptions;
  private readonly subscriptions = new Set<EventStoreDbAllSubscription>();
  private closing: Promise<void> | undefined;

  constructor(options: EventStoreDbEventStoreOptions) {
    this.options = resolveOptions(options);
    this.client = EventStoreDBClient.connectionString(this.options.connectionString);
  }

  /**
   * Idempotent retry is EventStoreDB's: a batch whose ids are already stored at the revisions it
   * would take (explicit expectation) or anywhere in the stream (`any`, `stream-exists`) returns
   * the first append's result and writes nothing — even when this batch's data differs (another
   * writer that decided on the same state with the same ids). The answer does not say so, so the
   * last event carries this call's marker and is read back (append-attempt.ts): `deduplicated` is
   * true exactly when the stored event is not ours. A batch that only partly matches is
   * EventIdConflictError. Empty `events` writes nothing (no empty record in the log): the
   * expectation is checked against the stream's head, which is returned (-1n and position 0n when
   * there is no stream).
   */
  async append(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0) return this.checkHead(streamName, expected);
    assertDistinctIds(streamName, events);
    const action = `append to ${streamName}`;
    const attempt = randomUUID();
    const sent = markLastEvent(events, attempt).map((event) =>
      jsonEvent({
        id: event.id,
        type: event.type,
        // JSON values cross the wire as text; the client's JSONType is merely wider than JsonObject.
        data: event.data as JSONType,
        metadata: event.metadata as JSONType,
      }),
    );
    let result: AppendToStreamResult;
    try {
      result = await within(
        this.client.appendToStream(streamName, sent, {
          expectedRevision: toClientExpectedRevision(expected),
          deadline: this.options.callTimeoutMs,
        }),
        this.options.callTimeoutMs,
        action,
      );
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw await this.explainConflict(streamName, events, expected, error);
      }
      const refused = asClientError(error);
      if (refused instanceof MaxAppendSizeExceededError) {
        throw new AppendTooLargeError(streamName, appendSizeOf(events), refused.maxAppendSize);
      }
      throw toStoreError(error, action);
    }
    const stored = await this.lastWritten(streamName, result.nextExpectedRevision);
    const position =
      result.position !== undefined
        ? toGlobalPosition(result.position, `The append to ${streamName}`)
        : stored.position;
    return {
      nextExpectedRevision: result.nextExpectedRevision,
      position,
      deduplicated: stored.attempt !== attempt,
    };
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    if (options.maxCount !== undefined && options.maxCount <= 0) return;
    const read = this.client.readStream(streamName, {
      fromRevision: options.fromRevision ?? START,
      direction: FORWARDS,
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
    try {
      for await (const resolved of this.bounded(read, `read ${streamName}`)) {
        const event = toRecordedEvent(resolved);
        if (event !== null) yield event;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw toStoreError(error, `read ${streamName}`);
    }
  }

  /** Forwards from a position, the server includes the event at it; the port wants strictly after. */
  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (maxCount <= 0) return;
    const after = options.afterPosition;
    let delivered = 0;
    for await (const event of this.filteredAll(
      'forwards',
      after === undefined ? 'start' : after,
      options.filter,
      'read $all',
    )) {
      if (after !== undefined && event.position <= after) continue;
      yield event;
      delivered += 1;
      // Leaving the loop cancels the read; the server may have sent a little ahead, no more.
      if (delivered >= maxCount) return;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const filter = options.filter;
    const subscription = new EventStoreDbAllSubscription(
      {
        open: (after) =>
          openFilteredAllRead(this.client, {
            direction: 'forwards',
            from: after,
            filter: serverSideFilter(filter),
            subscribe: true,
          }),
        filter,
        confirmationTimeoutMs: this.options.callTimeoutMs,
        reconnectInitialDelayMs: this.options.reconnectInitialDelayMs,
        reconnectMaxDelayMs: this.options.reconnectMaxDelayMs,
        logger: this.options.logger,
        onClosed: (closed) => this.subscriptions.delete(closed),
      },
      options.afterPosition,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** $all read backwards from the end through the same filter, stopping at the first ledger event. */
  async headPosition(filter?: AllFilter): Promise<GlobalPosition | null> {
    this.assertOpen();
    for await (const event of this.filteredAll('backwards', 'end', filter, 'find the head of $all')) {
      return event.position;
    }
    return null;
  }

  /** The cheapest question that needs the node to answer: the newest record of $all. */
  async health(): Promise<StoreHealth> {
    if (this.closing) return { up: false, adapter: 'eventstoredb', detail: 'the store is closed' };
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    try {
      const iterator = read[Symbol.asyncIterator]();
      await within(iterator.next(), this.options.healthTimeoutMs, 'health check', () => cancelRead(read));
      cancelRead(read);
      return { up: true, adapter: 'eventstoredb' };
    } catch (error) {
      cancelRead(read);
      const mapped = toStoreError(error, 'answer a health check');
      return {
        up: false,
        adapter: 'eventstoredb',
        detail: mapped instanceof Error ? mapped.message : String(mapped),
      };
    }
  }

  /**
   * Ends subscriptions and cancels every call in flight. Safe to call twice. The client has no way
   * to close its channel short of asking for it, which on a cluster connection string could start
   * a discovery; an idle grpc-js channel holds no reference on the event loop, so it is left to go.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
      await this.client.dispose();
    })();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closing) throw new StoreUnavailableError('The EventStoreDB store is closed');
  }

  /** A public-API read, failing with StoreUnavailableError when the node goes silent. */
  private bounded<T>(read: StreamingRead<T>, action: string): AsyncGenerator<T> {
    return withIdleTimeout(read, this.options.callTimeoutMs, action, () => cancelRead(read));
  }

  private async *filteredAll(
    direction: 'forwards' | 'backwards',
    from: 'start' | 'end' | GlobalPosition,
    filter: AllFilter | undefined,
    action: string,
  ): AsyncGenerator<RecordedEvent> {
    try {
      const call = await openFilteredAllRead(this.client, {
        direction,
        from: typeof from === 'bigint' ? toEventStoreDbPosition(from) : from,
        filter: serverSideFilter(filter),
      });
      for await (const message of withIdleTimeout(call, this.options.callTimeoutMs, action, () =>
        call.cancel(),
      )) {
        const read = message.getEvent();
        if (read === undefined) continue;
        const event = toRecordedEvent(convertGrpcEvent<ResolvedEvent>(read));
        if (event !== null && isLedgerEvent(event, filter)) yield event;
      }
    } catch (error) {
      throw toStoreError(error, action);
    }
  }

  private async lastEventOf(streamName: string): Promise<RecordedEvent | null> {
    const read = this.client.readStream(streamName, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    try {
      for await (const resolved of this.bounded(read, `read the head of ${streamName}`)) {
        return toRecordedEvent(resolved);
      }
      return null;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw toStoreError(error, `read the head of ${streamName}`);
    }
  }

  /**
   * The event an append reported as its last: its position and the append-attempt marker it
   * carries. If it cannot be read the outcome is unknown, which the caller must treat like a
   * timeout (retrying with the same ids is safe: it is de-duplicated).
   */
  private async lastWritten(
    streamName: string,
    revision: bigint,
  ): Promise<{ readonly position: GlobalPosition; readonly attempt: string | undefined }> {
    const action = `read back ${streamName}@${revision} after appending`;
    const read = this.client.readStream(streamName, {
      fromRevision: revision,
      direction: FORWARDS,
      maxCount: 1,
    });
    try {
      // Read to its end (maxCount 1) rather than leaving the loop early: a read cancelled mid-way
      // while many other calls are in flight can keep the client's dispose() waiting.
      let found: { readonly position: GlobalPosition; readonly attempt: string | undefined } | undefined;
      for await (const resolved of this.bounded(read, action)) {
        const event = toRecordedEvent(resolved);
        if (event !== null && event.revision === revision) {
          found = { position: event.position, attempt: appendAttemptOf(metadataOf(resolved) ?? {}) };
        }
      }
      if (found !== undefined) return found;
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) {
        throw new StoreUnavailableError(
          `EventStoreDB accepted the append to ${streamName} but its outcome could not be confirmed`,
          { cause: toStoreError(error, action) },
        );
      }
    }
    throw new StoreUnavailableError(
      `EventStoreDB reported ${streamName}@${revision} written but it cannot be read back`,
    );
  }

  private async checkHead(streamName: string, expected: ExpectedRevision): Promise<AppendResult> {
    const head = await this.lastEventOf(streamName);
    const actual = head?.revision ?? null;
    assertExpectedRevision(streamName, expected, actual);
    return { nextExpectedRevision: actual ?? -1n, position: head?.position ?? 0n, deduplicated: false };
  }

  /**
   * EventStoreDB answers "wrong expected version" both to a real conflict and to a retry that only
   * partly matches an earlier append (its CorruptedIdempotency). The second is not a race to decide
   * again on fresh state, so it is told apart: with `any`/`stream-exists` on an existing stream it is
   * the only possible cause; with an exact expectation, the first id already sits right after it.
   */
  private async explainConflict(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    error: WrongExpectedVersionError,
  ): Promise<Error> {
    const actual = error.actualVersion === 'no_stream' ? null : error.actualVersion;
    const conflict = new WrongExpectedRevisionError(streamName, expected, actual);
    const partialRetry = new EventIdConflictError(
      streamName,
      events[0]?.id ?? '',
      'the batch only partly matches events already in the stream',
    );
    if (actual === null) return conflict;
    if (expected === 'any' || expected === 'stream-exists') return partialRetry;
    const next = expected === 'no-stream' ? 0n : expected + 1n;
    if (next > actual) return conflict;
    try {
      for await (const stored of this.readStream(streamName, { fromRevision: next, maxCount: 1 })) {
        if (stored.id === events[0]?.id) return partialRetry;
      }
    } catch {
      // Telling the two apart is a courtesy; without it the conflict is reported as it came.
    }
    return conflict;
  }
}

/** EventStoreDB would store a repeated id twice within one append; the port says an id is written once. */
function assertDistinctIds(streamName: string, events: readonly EventToAppend[]): void {
  const seen = new Set<string>();
  for (const event of events) {
    const id = event.id.toLowerCase();
    if (seen.has(id)) {
      throw new EventIdConflictError(streamName, event.id, 'the same id appears twice in one append');
    }
    seen.add(id);
  }
}

/**
 * The client's ReadStream swallows the CANCELLED its own cancel() causes and never ends, so a read
 * abandoned mid-way is also destroyed, which settles a pending `next()`.
 */
function cancelRead(read: StreamingRead<unknown>): void {
  read.cancel().catch(() => undefined);
  read.destroy();
}
