import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { APPEND_SIZE_LIMIT, encodedEventSize } from '../append-size';
import { AppendTooLargeError, EventIdConflictError, StoreUnavailableError } from '../errors';
import type { AllSubscription, AppendResult, EventStore, StoreHealth } from '../event-store';
import type { EventToAppend, RecordedEvent } from '../events';
import { assertExpectedRevision } from '../expected-revision';
import type { ExpectedRevision, GlobalPosition } from '../log-positions';
import type { AllFilter, ReadAllOptions, ReadStreamOptions, SubscribeToAllOptions } from '../read-options';
import { nextTurnOfEventLoop } from './event-loop-turn';
import { PollingSubscription } from './polling-subscription';
import { closedError, isSqliteError, isStorageFault, toUnavailable, unavailable } from './sqlite-faults';
import { CompactJson } from './compact-json';
import { Dictionary } from './dictionary';
import { compactIdOf, idOfCompact } from './compact-id';
import { migrateSchema1File } from './schema-1-migration';
import { configureConnection, type ConnectionSettings, createSchema, schemaVersionOf } from './sqlite-schema';
import { type EventRow, EventRowReader } from './sqlite-rows';
import { prepareStatements, type Statements } from './sqlite-statements';

export interface EmbeddedEventStoreOptions {
  /** Rows fetched per query while reading or catching up; bounds memory on a large log. Default 1000. */
  readonly pageSize?: number;
  /** How often an idle subscription looks for appends made by another process. Default 250 ms. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another process's write lock. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
  /**
   * Caps the file at this many pages of 4 KiB (SQLite `max_page_count`), like a volume that fills
   * up: an append past it is refused with StoreUnavailableError. Default: no cap.
   */
  readonly maxPageCount?: number;
}

/** Positions start at 1, so 0 means "before the first event". */
const BEFORE_FIRST: GlobalPosition = 0n;

interface AppendOutcome {
  readonly result: AppendResult;
  /** Rows were written (an empty or de-duplicated append writes none). */
  readonly appended: boolean;
}

/** An event as stored: its type's dictionary id, its data and metadata in compact JSON. */
interface EncodedEvent {
  readonly event: EventToAppend;
  readonly typeId: number;
  readonly data: Buffer;
  readonly metadata: Buffer;
}

/** An append waiting for the next group commit. */
interface PendingAppend {
  readonly streamName: string;
  readonly events: readonly EventToAppend[];
  readonly encoded: readonly EncodedEvent[];
  readonly expected: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

type GroupOutcome =
  { readonly ok: true; readonly outcome: AppendOutcome } | { readonly ok: false; readonly error: unknown };

/**
 * The default adapter: the whole log in one SQLite file (ENGINEERING.md "embedded"). better-sqlite3
 * is synchronous, so reads do their work at once and return a settled promise.
 *
 * Appends are group-committed: the appends made during one turn of the event loop (e.g. the
 * requests of many tenants that arrived together) are written in one BEGIN IMMEDIATE transaction
 * and made durable by one fsync (synchronous=FULL), instead of one fsync each. Each append still
 * runs in its own savepoint with its own expected-revision check, sees the appends before it in the
 * group, and fails alone; every promise resolves only after the shared COMMIT has returned, so an
 * acknowledged append is on disk. (bench/RESULTS.md, "Group commit", has the before and after.)
 */
export class EmbeddedEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly statements: Statements;
  private readonly dictionary: Dictionary;
  private readonly json: CompactJson;
  private readonly rows: EventRowReader;
  private readonly appendTransaction: Database.Transaction<(append: PendingAppend) => AppendOutcome>;
  private readonly groupTransaction: Database.Transaction<
    (group: readonly PendingAppend[], outcomes: GroupOutcome[]) => void
  >;
  /** Appends waiting for the group commit scheduled with setImmediate. */
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private readonly appendListeners = new Set<() => void>();
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private closed = false;

  /** One way to open a store: `EmbeddedEventStore.open`. */
  private constructor(
    readonly filePath: string,
    options: EmbeddedEventStoreOptions = {},
  ) {
    this.pageSize = positiveInteger(options.pageSize, 1000);
    this.pollIntervalMs = positiveInteger(options.pollIntervalMs, 250);
    this.db = openDatabase(filePath, {
      busyTimeoutMs: positiveInteger(options.busyTimeoutMs, 5000),
      ...(options.maxPageCount === undefined
        ? {}
        : { maxPageCount: positiveInteger(options.maxPageCount, 1) }),
    });
    this.statements = prepareStatements(this.db);
    this.dictionary = new Dictionary(this.db);
    this.json = new CompactJson(this.dictionary);
    this.rows = new EventRowReader(this.dictionary, this.json);
    // Called inside groupTransaction, better-sqlite3 runs it as a SAVEPOINT: a failing append
    // rolls back its own rows only. Called as .immediate() it is a transaction of its own.
    this.appendTransaction = this.db.transaction((append: PendingAppend) => this.appendInTransaction(append));
    this.groupTransaction = this.db.transaction(
      (group: readonly PendingAppend[], outcomes: GroupOutcome[]) => {
        for (const append of group) {
          try {
            outcomes.push({ ok: true, outcome: this.appendTransaction(append) });
          } catch (error) {
            // A storage fault (SQLITE_FULL, an I/O error) may have rolled the whole transaction back:
            // the earlier members' rows are gone and a later member would commit on its own, outside
            // the group. Abandon the group; flush() settles each member on its own.
            if (!this.db.inTransaction || isStorageFault(error)) throw new GroupAbandoned(error);
            outcomes.push({ ok: false, error: this.refusal(error, append) });
          }
        }
      },
    );
  }

  /**
   * Opens (creating if needed) the store file, its folder included. Synchronous, as better-sqlite3
   * is: a file that cannot be opened throws StoreUnavailableError here.
   */
  static open(filePath: string, options?: EmbeddedEventStoreOptions): EmbeddedEventStore {
    return new EmbeddedEventStore(filePath, options);
  }

  /**
   * Empty `events`: the expectation is still checked (a mismatch throws, as for any append) and
   * nothing is written; the result is the stream's current head, or `nextExpectedRevision: -1n`
   * and `position: 0n` when the stream does not exist.
   *
   * Retry: when the first id is already stored in this stream and the whole batch matches the
   * stored events in order, the original result is returned and nothing is appended, whatever the
   * expectation says (the retry's expectation is usually stale by then). Any other reuse of an id
   * the stream holds throws EventIdConflictError. Ids are unique per stream, as in EventStoreDB:
   * another stream may reuse one.
   */
  async append(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (streamName.length === 0) throw new RangeError('A stream name cannot be empty');
    if (this.closed) throw closedError();
    const size = events.reduce(
      (sum, event) =>
        sum + encodedEventSize(event.type, JSON.stringify(event.data), JSON.stringify(event.metadata)),
      0,
    );
    // The limit EventStoreDB has, so that nothing above the port depends on the adapter.
    if (size > APPEND_SIZE_LIMIT) throw new AppendTooLargeError(streamName, size, APPEND_SIZE_LIMIT);
    // Outside the group's transaction: a new dictionary entry commits on its own (dictionary.ts).
    const encoded = this.guard(() =>
      events.map((event) => ({
        event,
        typeId: this.dictionary.idOf(event.type),
        data: this.json.encode(event.data),
        metadata: this.json.encode(event.metadata),
      })),
    );
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamName, events, encoded, expected, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // setImmediate, not a microtask: it runs after the I/O callbacks of this turn, so the appends
        // of every request that arrived with this one join the same commit.
        setImmediate(() => this.flush());
      }
    });
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncGenerator<RecordedEvent> {
    let from = options.fromRevision ?? 0n;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (from > 0n) {
      // Catching up from a revision (the write model before every command) usually finds nothing
      // new: the stream's head row answers that from the small streams table, without searching
      // the events index of the whole log.
      const head = this.guard(() => this.statements.streamHead.get(streamName));
      if (head === undefined || head.revision < from) return;
    }
    for (let page = 0; remaining > 0; page += 1) {
      // Between pages, never before the first: the usual catch-up of a write model is one page.
      if (page > 0) await nextTurnOfEventLoop();
      const limit = Math.min(this.pageSize, remaining);
      const rows = this.guard(() => this.statements.streamPage.all({ stream: streamName, from, limit }));
      for (const row of rows) yield this.rows.toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1].revision + 1n;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    let after = options.afterPosition ?? BEFORE_FIRST;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    for (let page = 0; remaining > 0; page += 1) {
      if (page > 0) await nextTurnOfEventLoop();
      const limit = Math.min(this.pageSize, remaining);
      const rows = this.guard(() => this.pageAfter(after, options.filter, limit));
      for (const row of rows) yield this.rows.toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      after = rows[rows.length - 1].position;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    if (this.closed) throw closedError();
    const subscription = new PollingSubscription(
      {
        fetchAfter: (after) =>
          this.guard(() => this.pageAfter(after, options.filter, this.pageSize)).map((row) =>
            this.rows.toRecordedEvent(row),
          ),
        onAppend: (listener) => {
          this.appendListeners.add(listener);
          return () => this.appendListeners.delete(listener);
        },
        onClosed: (closed) => this.subscriptions.delete(closed),
      },
      options.afterPosition ?? BEFORE_FIRST,
      this.pollIntervalMs,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(filter?: AllFilter): Promise<GlobalPosition | null> {
    return this.guard(() => {
      if (!filter?.streamPrefix) return this.statements.head.get()?.position ?? null;
      return this.statements.headWithPrefix.get({ prefix: filter.streamPrefix })?.position ?? null;
    });
  }

  async health(): Promise<StoreHealth> {
    try {
      this.guard(() => this.statements.ping.get());
      return { up: true, adapter: 'embedded', detail: this.filePath };
    } catch (error) {
      return {
        up: false,
        adapter: 'embedded',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /** Commits the appends already asked for, ends open subscriptions (their pending next() resolves done), then closes the file. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.appendListeners.clear();
    this.db.close();
  }

  /**
   * One group commit: every pending append in one transaction, one fsync, then every promise settles.
   * If the group cannot commit as a whole (BEGIN or COMMIT failed, or a member hit a storage fault),
   * nothing of it is in the file, and each member is tried again alone: every member ends either
   * durable and acknowledged, or absent and refused (StoreUnavailableError when the file is at fault).
   */
  private flush(): void {
    this.flushScheduled = false;
    const group = this.pending;
    if (group.length === 0) return;
    this.pending = [];
    let outcomes: GroupOutcome[] = [];
    try {
      this.guard(() => this.groupTransaction.immediate(group, outcomes));
    } catch (error) {
      outcomes = this.abandonTransaction()
        ? group.map((append) => this.appendAlone(append))
        : group.map(() => ({ ok: false, error: unavailable(error) }));
    }
    let appended = false;
    group.forEach((append, index) => {
      const result = outcomes[index];
      if (result.ok) {
        appended ||= result.outcome.appended;
        append.resolve(result.outcome.result);
      } else {
        append.reject(result.error);
      }
    });
    if (appended) this.notifyAppend();
  }

  /** One append in a transaction of its own (after its group was abandoned). */
  private appendAlone(append: PendingAppend): GroupOutcome {
    try {
      if (this.closed) throw closedError();
      // A transaction left open by a failed ROLLBACK would swallow this append (as a savepoint of
      // it) and never commit: refuse rather than acknowledge it.
      if (!this.abandonTransaction())
        throw unavailable(new Error('a failed transaction could not be rolled back'));
      return { ok: true, outcome: this.appendTransaction.immediate(append) };
    } catch (error) {
      return { ok: false, error: this.refusal(error, append) };
    }
  }

  /**
   * Makes sure no transaction is left open after a failed group (better-sqlite3 rolls back what is
   * still open; this covers a ROLLBACK that failed too). False when the connection cannot be trusted
   * to write alone: then the group is refused whole.
   */
  private abandonTransaction(): boolean {
    if (this.closed) return false;
    if (!this.db.inTransaction) return true;
    try {
      this.db.exec('ROLLBACK');
    } catch {
      // Reported below through inTransaction.
    }
    return !this.db.inTransaction;
  }

  /**
   * What a refused append is told: the id conflict it caused, its own typed error, or, for anything
   * the file did (a full disk, an I/O error, a transaction SQLite gave up), StoreUnavailableError —
   * never a raw SqliteError.
   */
  private refusal(error: unknown, { streamName, events }: PendingAppend): unknown {
    let explained = error;
    try {
      explained = this.explainDuplicateId(error, streamName, events);
    } catch {
      // Telling which id clashed needs a read; if the file fails that too, the original error stands.
    }
    return isSqliteError(explained) ? unavailable(explained) : explained;
  }

  private appendInTransaction({ streamName, events, encoded, expected }: PendingAppend): AppendOutcome {
    const earlier = events.length > 0 ? this.findEarlierAppend(streamName, events) : null;
    if (earlier) return { result: { ...earlier, deduplicated: true }, appended: false };

    const head = this.statements.streamHead.get(streamName);
    assertExpectedRevision(streamName, expected, head?.revision ?? null);
    if (events.length === 0) {
      return {
        result: {
          nextExpectedRevision: head?.revision ?? -1n,
          position: head?.position ?? BEFORE_FIRST,
          deduplicated: false,
        },
        appended: false,
      };
    }

    const recordedAt = Date.now();
    const streamId = head?.id ?? BigInt(this.statements.insertStream.run(streamName).lastInsertRowid);
    let revision = head?.revision ?? -1n;
    let lastRowId: number | bigint = 0;
    for (const { event, typeId, data, metadata } of encoded) {
      revision += 1n;
      lastRowId = this.statements.insertEvent.run({
        stream_id: streamId,
        revision,
        event_id: compactIdOf(event.id),
        type_id: typeId,
        data,
        metadata,
        recorded_at: recordedAt,
      }).lastInsertRowid;
    }
    const position = BigInt(lastRowId);
    this.statements.setStreamHead.run({ id: streamId, revision, position });
    return { result: { nextExpectedRevision: revision, position, deduplicated: false }, appended: true };
  }

  /** The result of the earlier append this batch retries, or null when its first id is new. */
  private findEarlierAppend(
    streamName: string,
    events: readonly EventToAppend[],
  ): Omit<AppendResult, 'deduplicated'> | null {
    const head = this.statements.streamHead.get(streamName);
    if (!head) return null;
    const first = this.statements.storedIdRevision.get(head.id, compactIdOf(events[0].id));
    if (!first) return null;
    const stored = this.statements.streamPage.all({
      stream: streamName,
      from: first.revision,
      limit: events.length,
    });
    const mismatch = events.findIndex(
      (event, index) => stored[index] === undefined || !sameEventId(stored[index].event_id, event.id),
    );
    if (mismatch >= 0) {
      throw new EventIdConflictError(
        streamName,
        events[0].id,
        `it was stored at revision ${first.revision}, but event ${mismatch} of this batch (${events[mismatch].id}) ` +
          'does not match what followed it, so this is not a retry of that append',
      );
    }
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  /** Turns the UNIQUE(stream_name, event_id) violation of a batch into an error that names the id. */
  private explainDuplicateId(error: unknown, streamName: string, events: readonly EventToAppend[]): unknown {
    if (!isSqliteError(error) || !error.message.includes('events.event_id')) return error;
    const head = this.statements.streamHead.get(streamName);
    const seen = new Set<string>();
    for (const event of events) {
      if (seen.has(event.id))
        return new EventIdConflictError(streamName, event.id, 'it appears twice in the batch');
      seen.add(event.id);
      const stored = head && this.statements.storedIdRevision.get(head.id, compactIdOf(event.id));
      if (stored) {
        return new EventIdConflictError(
          streamName,
          event.id,
          `the stream holds it at revision ${stored.revision}`,
        );
      }
    }
    return error;
  }

  private pageAfter(after: GlobalPosition, filter: AllFilter | undefined, limit: number): EventRow[] {
    return filter?.streamPrefix
      ? this.statements.allPageWithPrefix.all({ after, prefix: filter.streamPrefix, limit })
      : this.statements.allPage.all({ after, limit });
  }

  private notifyAppend(): void {
    // Copy first: a woken subscription unsubscribes itself while we iterate.
    for (const listener of [...this.appendListeners]) listener();
  }

  /** Runs synchronous SQLite work, reporting a closed or unusable file as StoreUnavailableError. */
  private guard<T>(work: () => T): T {
    if (this.closed) throw closedError();
    try {
      return work();
    } catch (error) {
      throw toUnavailable(error);
    }
  }
}

function openDatabase(filePath: string, settings: ConnectionSettings): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
    db = connect(filePath, settings);
    if (schemaVersionOf(db) === 1) {
      // A file of the previous schema: rewritten in the current one, then opened (schema-1-migration.ts).
      db.close();
      migrateSchema1File(filePath);
      db = connect(filePath, settings);
    }
    createSchema(db);
    return db;
  } catch (error) {
    db?.close();
    // A lock held past the busy timeout while opening: another process is in the middle of
    // something with the file (a migration, a checkpoint), said as such rather than as the driver's words.
    const reason =
      isSqliteError(error) && error.code.startsWith('SQLITE_BUSY')
        ? `another process has it open and holds a lock on it (${error.message}); stop it, or try again`
        : error instanceof Error
          ? error.message
          : String(error);
    throw new StoreUnavailableError(`Cannot open the event store at ${filePath}: ${reason}`, {
      cause: error,
    });
  }
}

function connect(filePath: string, settings: ConnectionSettings): Database.Database {
  const db = new Database(filePath, { timeout: settings.busyTimeoutMs });
  // Positions and revisions are 64-bit; bigints everywhere keep them exact.
  db.defaultSafeIntegers(true);
  configureConnection(db, settings);
  return db;
}

/** Thrown out of a group transaction to roll all of it back. */
class GroupAbandoned extends Error {
  override readonly name = 'GroupAbandoned';
  constructor(cause: unknown) {
    super('The group commit was abandoned after a storage fault', { cause });
  }
}

function sameEventId(stored: EventRow['event_id'], id: string): boolean {
  return idOfCompact(stored) === id;
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}
