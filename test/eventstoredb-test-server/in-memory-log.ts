/**
 * TEST INFRASTRUCTURE — the in-memory transaction log behind the EventStoreDB test server.
 * Never used by the product. It reproduces the rules of a single EventStoreDB node that the
 * ledger's adapter relies on (see README.md beside this file for what it leaves out).
 */

/** An event as the test server stores it: one record of the log. */
export interface StoredEvent {
  /** Lower-case UUID, as EventStoreDB returns it whatever case was written. */
  readonly id: string;
  readonly streamName: string;
  readonly revision: bigint;
  /**
   * Log position of the record. Like a real node writing an append as implicitly committed
   * prepares, the event's $all position is (commit = prepare = this value).
   */
  readonly logPosition: bigint;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  readonly created: Date;
}

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

export type ExpectedState =
  | { readonly kind: 'any' }
  | { readonly kind: 'no-stream' }
  | { readonly kind: 'stream-exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

export type AppendOutcome =
  | {
      readonly kind: 'success';
      /** Revision of the last event written, or of the last one found on an idempotent retry. */
      readonly currentRevision: bigint;
      readonly logPosition: bigint;
    }
  | { readonly kind: 'wrong-expected-version'; readonly currentRevision: bigint | null };

/** A real node's log starts with system records (epochs, $-streams); user events never sit at 0. */
const FIRST_USER_RECORD_POSITION = 4096n;
/** Rough size of a prepare record's header, so positions advance by a record size, not by 1. */
const RECORD_HEADER_BYTES = 96n;

export const METADATA_EVENT_TYPE = '$metadata';
export const metastreamOf = (streamName: string): string => `$$${streamName}`;
const isMetastream = (streamName: string): boolean => streamName.startsWith('$$');

export class InMemoryLog {
  private readonly records: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  /** Stands in for the server's committed-events cache used for idempotency with `any`. */
  private readonly byId = new Map<string, StoredEvent>();
  private nextPosition = FIRST_USER_RECORD_POSITION;
  private readonly appendWaiters = new Set<() => void>();

  /** Every record, in log order. */
  get all(): readonly StoredEvent[] {
    return this.records;
  }

  /** Position just after the last record (where the next one will be written). */
  get writerPosition(): bigint {
    return this.nextPosition;
  }

  lastRevision(streamName: string): bigint | null {
    const events = this.streams.get(streamName);
    return events && events.length > 0 ? BigInt(events.length - 1) : null;
  }

  /** The events of a stream a reader may see: `$maxCount` hides older ones even before a scavenge. */
  visibleStreamEvents(streamName: string): readonly StoredEvent[] {
    const events = this.streams.get(streamName) ?? [];
    const maxCount = this.maxCountOf(streamName);
    return maxCount === null || events.length <= maxCount ? events : events.slice(events.length - maxCount);
  }

  append(streamName: string, expected: ExpectedState, proposed: readonly ProposedEvent[]): AppendOutcome {
    const decision = this.checkCommit(streamName, expected, proposed);
    if (decision.kind !== 'write') return decision.outcome;
    let last: StoredEvent | undefined;
    const events = this.streams.get(streamName) ?? [];
    for (const event of proposed) {
      last = {
        id: event.id,
        streamName,
        revision: BigInt(events.length),
        logPosition: this.nextPosition,
        type: event.type,
        contentType: event.contentType,
        data: event.data,
        customMetadata: event.customMetadata,
        created: new Date(),
      };
      events.push(last);
      this.records.push(last);
      this.byId.set(last.id, last);
      this.nextPosition +=
        RECORD_HEADER_BYTES +
        BigInt(event.data.length + event.customMetadata.length + streamName.length + event.type.length);
    }
    this.streams.set(streamName, events);
    if (last === undefined) {
      // An empty append writes nothing a reader can see; answer like the server: the stream as it is.
      const current = this.lastRevision(streamName);
      return { kind: 'success', currentRevision: current ?? -1n, logPosition: this.nextPosition };
    }
    this.notifyAppended();
    return { kind: 'success', currentRevision: last.revision, logPosition: last.logPosition };
  }

  /** Resolves at the next append (or when `signal` aborts): live subscriptions wait on this. */
  waitForAppend(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.appendWaiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.appendWaiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /**
   * The server's commit check (IndexWriter.CheckCommit in EventStoreDB): expected-version rules plus
   * idempotency. A retry is recognised by event ids: with `any`/`stream-exists` through the id cache,
   * with an explicit expected revision by comparing the ids already at the revisions it would write.
   */
  private checkCommit(
    streamName: string,
    expected: ExpectedState,
    proposed: readonly ProposedEvent[],
  ): { kind: 'write' } | { kind: 'done'; outcome: AppendOutcome } {
    const current = this.lastRevision(streamName);
    const currentVersion = current ?? -1n;
    const wrong = (): { kind: 'done'; outcome: AppendOutcome } => ({
      kind: 'done',
      outcome: { kind: 'wrong-expected-version', currentRevision: current },
    });
    const idempotent = (event: StoredEvent): { kind: 'done'; outcome: AppendOutcome } => ({
      kind: 'done',
      outcome: { kind: 'success', currentRevision: event.revision, logPosition: event.logPosition },
    });

    if (expected.kind === 'stream-exists' && current === null) return wrong();

    if (expected.kind === 'any' || expected.kind === 'stream-exists') {
      let lastFound: StoredEvent | undefined;
      for (const [index, event] of proposed.entries()) {
        const found = this.byId.get(event.id);
        if (found === undefined || found.streamName !== streamName) {
          // The first id unknown: a new write. A later one unknown: a half-matching retry.
          return index === 0 ? { kind: 'write' } : wrong();
        }
        lastFound = found;
      }
      return lastFound === undefined ? { kind: 'write' } : idempotent(lastFound);
    }

    const expectedVersion = expected.kind === 'no-stream' ? -1n : expected.revision;
    if (expectedVersion < currentVersion) {
      const events = this.streams.get(streamName) ?? [];
      let lastMatched: StoredEvent | undefined;
      for (const [index, event] of proposed.entries()) {
        const existing = events[Number(expectedVersion) + 1 + index];
        if (existing === undefined || existing.id !== event.id) return wrong();
        lastMatched = existing;
      }
      return lastMatched === undefined ? wrong() : idempotent(lastMatched);
    }
    if (expectedVersion > currentVersion) return wrong();
    return { kind: 'write' };
  }

  private maxCountOf(streamName: string): number | null {
    // Metastreams keep only their latest event, as on a real node.
    if (isMetastream(streamName)) return 1;
    const metadataEvents = this.streams.get(metastreamOf(streamName));
    const latest = metadataEvents?.[metadataEvents.length - 1];
    if (latest === undefined || latest.type !== METADATA_EVENT_TYPE) return null;
    try {
      const metadata: unknown = JSON.parse(Buffer.from(latest.data).toString('utf8'));
      if (typeof metadata === 'object' && metadata !== null && '$maxCount' in metadata) {
        const maxCount = metadata.$maxCount;
        return typeof maxCount === 'number' && Number.isInteger(maxCount) && maxCount > 0 ? maxCount : null;
      }
    } catch {
      // Unparseable metadata is ignored by the server too.
    }
    return null;
  }

  private notifyAppended(): void {
    for (const wake of [...this.appendWaiters]) wake();
  }
}
