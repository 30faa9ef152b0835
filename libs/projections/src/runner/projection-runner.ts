import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import {
  StoreUnavailableError,
  type AllSubscription,
  type EventStore,
  type RecordedEvent,
} from '@ledger/event-store';
import { TENANT_STREAM_PREFIX, UndecodableEventError } from '@ledger/licensing';
import type { LedgerProjection } from './projection';
import { execOffThread } from './off-thread-ddl';
import { FORGET_PARKED_SQL, ParkedEvents, type EventAddress, type ParkedEvent } from './parked-events';
import { projectedEventOf, type ProjectedEvent } from './projected-event';
import type { ProjectionDb } from '../database/projection-db';
import type { WalCheckpointer } from './wal-checkpointer';

export interface ProjectionRunnerOptions {
  /**
   * Events per transaction while catching up (start-up, CLI replay, rebuild). Default 20,000:
   * a batch costs mostly the pages it dirties (each touched tenant's quota and account rows, the
   * history index pages), and with many tenants interleaved in the log a big batch dirties each
   * page once for many events: 2,000 → 50,000 doubled the rebuild rate (bench/RESULTS.md,
   * "Projection catch-up in large batches"). But the COMMIT writes them all in one synchronous
   * step: 50,000 events held the event loop 120–300 ms there; 20,000 keep the rate and about
   * halve that stall (issue 10, finding 5). The checkpoint that often followed a COMMIT (its
   * fsync: 50–70 ms) runs on a worker thread (WalCheckpointer).
   */
  readonly batchSize?: number;
  /** Most events per transaction while following the log live. Default 2,000. */
  readonly liveBatchSize?: number;
  /**
   * Most events applied between two turns of the event loop. A batch is one transaction, applied
   * in slices with a turn of the loop between them, so a catch-up of 50,000 events never holds
   * the loop (every tenant's requests, /health) for more than a slice. Default 250. Slices are
   * also paced: the next one holds no more events than the last one's pace fits in
   * SLICE_BUDGET_MS (a tenant with thousands of terms costs far more per event than most).
   */
  readonly sliceSize?: number;
  /** How long to wait before trying again after a failed batch. */
  readonly retryDelayMs?: number;
  readonly onError?: (error: unknown) => void;
  /** The parked events (shared with the projections that must know the skipped ones). */
  readonly parked?: ParkedEvents;
  /** Checkpoints the database's write-ahead log off the event loop; without it, SQLite does, on commit. */
  readonly checkpointer?: WalCheckpointer;
  /** When an event is parked: for the log. */
  readonly onParked?: (parked: EventAddress, projection: string, error: unknown) => void;
}

/** The answer to a retry: applied, or parked again with the new error. */
export interface RetryOutcome {
  readonly applied: boolean;
  readonly parked: ParkedEvent | null;
}

/** No event is parked at this position. */
export class NotParkedError extends Error {
  override readonly name = 'NotParkedError';
  constructor(readonly position: bigint) {
    super(`No event is parked at position ${position}`);
  }
}

export interface ReplayProgress {
  readonly events: number;
  readonly position: bigint;
  readonly elapsedMs: number;
}

export interface ReplayResult {
  readonly events: number;
  readonly ms: number;
}

const FILTER = { streamPrefix: TENANT_STREAM_PREFIX };
const BEFORE_FIRST = 0n;
const CLEAR_CHECKPOINTS_SQL = 'DELETE FROM checkpoints';

/**
 * Feeds the projections from the log: catch-up in pages from the lowest checkpoint, then live
 * from `subscribeToAll`. Each batch and the checkpoints move in one transaction, so a killed
 * runner resumes exactly where it stopped, and a rebuild replays from the start.
 */
export class ProjectionRunner {
  private readonly checkpoints = new Map<string, bigint>();
  private readonly progress = new EventEmitter();
  private readonly statements;
  private loop: Promise<void> | null = null;
  private rebuilding: Promise<ReplayResult> | null = null;
  private startAfterRebuild = false;
  private stoppedDuringRebuild = false;
  private subscription: AllSubscription | null = null;
  private stopping = false;
  private failure: unknown = null;
  private readonly batchSize: number;
  private readonly liveBatchSize: number;
  private readonly retryDelayMs: number;
  private readonly sliceSize: number;
  /** The most events the next slice may hold: `sliceSize`, or fewer after a slow slice (`paced`). */
  private sliceLimit: number;
  /** Batches, retries and skips write through one connection one at a time: each awaits the last. */
  private writing: Promise<unknown> = Promise.resolve();
  readonly parked: ParkedEvents;

  constructor(
    private readonly db: ProjectionDb,
    private readonly store: EventStore,
    private readonly projections: readonly LedgerProjection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 20_000;
    this.liveBatchSize = options.liveBatchSize ?? 2000;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.sliceSize = options.sliceSize ?? 250;
    this.sliceLimit = this.sliceSize;
    this.parked = options.parked ?? new ParkedEvents(db);
    this.progress.setMaxListeners(0);
    this.statements = {
      read: db.prepare<[string], { position: string }>('SELECT position FROM checkpoints WHERE name = ?'),
      write: db.prepare<[string, string]>(
        'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
      ),
      clear: db.prepare(CLEAR_CHECKPOINTS_SQL),
    };
    for (const projection of projections) {
      const row = this.statements.read.get(projection.name);
      this.checkpoints.set(projection.name, row === undefined ? BEFORE_FIRST : BigInt(row.position));
    }
  }

  /** The position every projection has reached: reads are consistent up to here. */
  get position(): bigint {
    let lowest: bigint | null = null;
    for (const checkpoint of this.checkpoints.values())
      if (lowest === null || checkpoint < lowest) lowest = checkpoint;
    return lowest ?? BEFORE_FIRST;
  }

  checkpointOf(name: string): bigint | undefined {
    return this.checkpoints.get(name);
  }

  /** The last failure of the live loop, if it is currently retrying; null when healthy. */
  get lastError(): unknown {
    return this.failure;
  }

  /** Starts catching up and then follows the log live, until `stop()`. */
  start(): void {
    // Not under a rebuild: it starts the loop when it ends.
    if (this.rebuilding !== null) this.startAfterRebuild = true;
    else this.startNow();
  }

  private startNow(): void {
    if (this.loop !== null) return;
    this.stopping = false;
    this.loop = this.followForever();
  }

  private async stopLoop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.close();
    await this.loop;
    this.loop = null;
  }

  /** Stops the live loop, and a running rebuild (at its next page; it does not start the loop again). */
  async stop(): Promise<void> {
    await this.stopLoop();
    if (this.rebuilding !== null) {
      this.stoppedDuringRebuild = true;
      await this.rebuilding.catch(() => undefined);
    }
  }

  /**
   * Resolves true once every projection has reached `position` (read-your-writes), false when
   * `timeoutMs` passes first.
   */
  waitFor(position: bigint | null, timeoutMs: number): Promise<boolean> {
    if (position === null || this.position >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onProgress = () => {
        if (this.position < position) return;
        clearTimeout(timer);
        this.progress.off('advanced', onProgress);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.progress.off('advanced', onProgress);
        resolve(false);
      }, timeoutMs);
      timer.unref();
      this.progress.on('advanced', onProgress);
    });
  }

  /**
   * Applies everything the log holds now, in pages, and returns what it did. Used at start-up,
   * by the CLI, and by a rebuild.
   */
  async catchUp(onProgress?: (progress: ReplayProgress) => void): Promise<ReplayResult> {
    const started = performance.now();
    let events = 0;
    for (;;) {
      const applied = await this.applyNextPage();
      if (applied === 0) break;
      events += applied;
      onProgress?.({ events, position: this.position, elapsedMs: performance.now() - started });
      if (this.stopping) break;
    }
    return { events, ms: Math.round(performance.now() - started) };
  }

  /**
   * Drops every read model and replays the whole log. Stops and restarts the live loop around it.
   * One at a time: a call while a rebuild runs joins it and gets the same answer (a second reset
   * in the middle of the first would delete rows the first then checkpoints past).
   * Whatever happens, it ends with the history's indexes back and the live loop running again
   * (when it was running): a failed rebuild leaves the projections where they got to, and the
   * live loop resumes from that checkpoint, retrying as after any failed batch.
   */
  rebuild(onProgress?: (progress: ReplayProgress) => void): Promise<ReplayResult> {
    if (this.rebuilding === null) {
      this.rebuilding = this.rebuildOnce(onProgress).finally(() => {
        this.rebuilding = null;
      });
    }
    return this.rebuilding;
  }

  /** True while a rebuild runs. */
  get isRebuilding(): boolean {
    return this.rebuilding !== null;
  }

  private async rebuildOnce(onProgress?: (progress: ReplayProgress) => void): Promise<ReplayResult> {
    const wasRunning = this.loop !== null;
    if (wasRunning) await this.stopLoop();
    this.stopping = false;
    try {
      await this.exclusively(async () => {
        // Issue 18: dropping the rows of a million events held the event loop ~400 ms (the rebuild's
        // worst stall). The same statements run first on a worker's connection, in one transaction
        // with the checkpoints (a crash leaves old rows with their checkpoints, or neither); the
        // transaction below then finds the tables empty and forgets what is held in memory.
        const drops = this.projections.flatMap((projection) => projection.resetSql ?? []);
        await execOffThread(
          this.db,
          `BEGIN IMMEDIATE; ${[...drops, CLEAR_CHECKPOINTS_SQL, FORGET_PARKED_SQL].join('; ')}; COMMIT;`,
        );
        this.db.transaction(() => {
          for (const projection of this.projections) projection.reset();
          this.statements.clear.run();
          this.parked.forgetParked();
        })();
      });
      for (const projection of this.projections) this.checkpoints.set(projection.name, BEFORE_FIRST);
      const caughtUp = await this.catchUp(onProgress);
      const started = performance.now();
      await this.finishRebuild();
      return { events: caughtUp.events, ms: caughtUp.ms + Math.round(performance.now() - started) };
    } catch (error) {
      await this.finishRebuild();
      throw error;
    } finally {
      if ((wasRunning || this.startAfterRebuild) && !this.stoppedDuringRebuild) this.startNow();
      this.startAfterRebuild = false;
      this.stoppedDuringRebuild = false;
    }
  }

  /** The last step of a rebuild, also after a failed one: the indexes `reset` dropped come back. */
  private finishRebuild(): Promise<void> {
    return this.exclusively(async () => {
      for (const projection of this.projections) await projection.rebuilt?.();
    });
  }

  private async followForever(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.catchUp();
        if (this.stopping) break;
        await this.followLive();
        this.failure = null;
      } catch (error) {
        this.failure = error;
        this.options.onError?.(error);
        if (!this.stopping) await delay(this.retryDelayMs);
      }
    }
  }

  /** Live: events as they are appended, applied in small batches of what is already there. */
  private async followLive(): Promise<void> {
    const subscription = this.store.subscribeToAll({ afterPosition: this.position, filter: FILTER });
    this.subscription = subscription;
    const iterator = subscription[Symbol.asyncIterator]();
    try {
      let next = iterator.next();
      while (!this.stopping) {
        const first = await next;
        if (first.done === true) return;
        const batch: RecordedEvent[] = [first.value];
        next = iterator.next();
        // Take whatever else is already delivered, without waiting for more.
        while (batch.length < this.liveBatchSize) {
          const more = await Promise.race([next, nextTurn()]);
          if (more === NOT_YET || more.done === true) break;
          batch.push(more.value);
          next = iterator.next();
        }
        await this.applyBatch(batch);
        this.failure = null;
      }
    } finally {
      this.subscription = null;
      await subscription.close();
    }
  }

  /**
   * The next page of the log (`batchSize` events after the projections' position), read and
   * applied as it comes, slice by slice, in one transaction. Only one slice of decoded events is
   * alive at a time, never the page: the memory of a catch-up or a rebuild does not grow with the
   * batch, and its events die young (issue 18: a page held whole was 20,000 decoded events kept
   * through the batch, promoted to the old generation, and the heap grew to several times them).
   */
  private applyNextPage(): Promise<number> {
    return this.exclusively(() =>
      this.applyNow(
        this.store.readAll({ afterPosition: this.position, filter: FILTER, maxCount: this.batchSize }),
      ),
    );
  }

  private applyBatch(recorded: readonly RecordedEvent[]): Promise<number> {
    return this.exclusively(() => this.applyNow(recorded));
  }

  /**
   * One transaction for the events and the checkpoints, applied in slices with a turn of the event
   * loop between them (the transaction stays open meanwhile; only this runner writes through the
   * connection, one batch at a time). Slices end between activities, so a read made between two
   * slices (on this connection, it sees the open transaction) never sees half an activity. Each
   * projection gets only what it has not applied yet (its checkpoint may trail the others').
   * Nothing is begun for no events; the answer is how many events were read.
   */
  private async applyNow(events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>): Promise<number> {
    const slices = slicesOf(events, () => this.sliceLimit)[Symbol.asyncIterator]();
    let next = await slices.next();
    if (next.done === true) return 0;
    const from = new Map(
      this.projections.map((projection) => [projection, this.checkpointOfProjection(projection)]),
    );
    const involved: LedgerProjection[] = [];
    let read = 0;
    let last = BEFORE_FIRST;
    await this.inTransaction(involved, async () => {
      for (let index = 0; next.done !== true; index += 1) {
        const slice = next.value;
        if (index > 0) await nextTurn();
        const sliceStarted = performance.now();
        last = slice[slice.length - 1].position;
        read += slice.length;
        for (const [projection, after] of from) {
          if (last <= after) continue;
          if (!involved.includes(projection)) involved.push(projection);
          await this.applyTo(projection, slice, (position) => position > after);
        }
        // Before the next slice is read: its size follows this one's pace.
        this.paced(slice.length, performance.now() - sliceStarted);
        next = await slices.next();
      }
      for (const projection of involved) this.statements.write.run(projection.name, last.toString());
    });
    for (const projection of involved) this.checkpoints.set(projection.name, last);
    if (involved.length > 0) this.progress.emit('advanced');
    return read;
  }

  /**
   * Sizes the next slice from the pace of the last: as many events as fit in SLICE_BUDGET_MS at
   * that pace, between one and `sliceSize`. The bench's long tenant (50,000 events, thousands of
   * terms to look over for each checkpoint) held the loop 200–900 ms per slice of 250 events.
   */
  private paced(events: number, ms: number): void {
    const fits = Math.floor((SLICE_BUDGET_MS * events) / Math.max(ms, Number.EPSILON));
    this.sliceLimit = Math.max(1, Math.min(this.sliceSize, fits));
  }

  private checkpointOfProjection(projection: LedgerProjection): bigint {
    return this.checkpoints.get(projection.name) ?? BEFORE_FIRST;
  }

  /**
   * Applies again an event parked at `position` (after a fix, e.g. a new build that reads its
   * schema version), and then the events of its stream held behind it. When it fails again it
   * stays parked, with the new error.
   */
  retry(position: bigint): Promise<RetryOutcome> {
    return this.exclusively(async () => {
      const parked = this.parked.get(position);
      if (parked === undefined) throw new NotParkedError(position);
      await this.release(parked, () => this.parked.unpark(parked), true);
      const again = this.parked.get(position) ?? null;
      return { applied: again === null, parked: again };
    });
  }

  /**
   * The operator's decision that the projections do without the event parked at `position`:
   * it leaves the parked list (kept as skipped, also through a rebuild), and the events of its
   * stream held behind it are applied.
   */
  skip(position: bigint): Promise<ParkedEvent> {
    return this.exclusively(async () => {
      const parked = this.parked.get(position);
      if (parked === undefined) throw new NotParkedError(position);
      await this.release(parked, () => this.parked.skip(parked), false);
      return parked;
    });
  }

  /** In one transaction: un-parks (`releasing`) and applies the held events, up to each projection's checkpoint. */
  private async release(parked: ParkedEvent, releasing: () => void, withItself: boolean): Promise<void> {
    const projections = this.projections.filter((projection) => parked.projections.includes(projection.name));
    const events: RecordedEvent[] = [];
    for await (const recorded of this.store.readStream(parked.streamName, {
      fromRevision: parked.revision,
    })) {
      if (recorded.position === parked.position && !withItself) continue;
      events.push(recorded);
    }
    await this.inTransaction(projections, async () => {
      releasing();
      for await (const slice of slicesOf(events, () => this.sliceSize)) {
        for (const projection of projections) {
          const upTo = this.checkpoints.get(projection.name) ?? BEFORE_FIRST;
          await this.applyTo(
            projection,
            slice,
            (position) => position >= parked.position && position <= upTo,
          );
        }
        await nextTurn();
      }
    });
    this.progress.emit('advanced');
  }

  /**
   * Applies to one projection the events of `slice` it `wants`, parking what it cannot apply. A
   * bad event is told from a failing store or database by trying the events one by one: an event
   * whose own decoding or applying throws is parked; a store or database error fails the whole
   * batch, which is retried (parking everything during an outage would be wrong).
   */
  private async applyTo(
    projection: LedgerProjection,
    slice: readonly RecordedEvent[],
    wants: (position: bigint) => boolean,
  ): Promise<void> {
    const pending: ProjectedEvent[] = [];
    for (const recorded of slice) {
      if (!wants(recorded.position)) continue;
      if (this.parked.passesOver(projection.name, recorded.streamName, recorded.position)) continue;
      const projected = this.decode(recorded, projection);
      if (projected !== null) pending.push(projected);
    }
    if (pending.length === 0) return;
    try {
      await projection.prepare(pending);
      this.savepoint(() => projection.apply(pending));
      return;
    } catch (error) {
      if (isInfrastructureError(error)) throw error;
      projection.rolledBack?.();
    }
    for (const projected of pending) {
      const address = addressOf(projected, slice);
      if (this.parked.passesOver(projection.name, address.streamName, address.position)) continue;
      try {
        await projection.prepare([projected]);
      } catch (error) {
        // Preparing reads the store: only an event it cannot decode is the event's fault.
        if (!(error instanceof UndecodableEventError)) throw error;
        this.park(address, projection, error);
        continue;
      }
      try {
        this.savepoint(() => projection.apply([projected]));
      } catch (error) {
        if (isInfrastructureError(error)) throw error;
        projection.rolledBack?.();
        this.park(address, projection, error);
      }
    }
  }

  /** The event as projections see it; null when it is not a tenant's, or when it cannot be decoded (then parked). */
  private decode(recorded: RecordedEvent, projection: LedgerProjection): ProjectedEvent | null {
    try {
      return projectedEventOf(recorded);
    } catch (error) {
      if (!(error instanceof UndecodableEventError)) throw error;
      this.park(recorded, projection, error);
      return null;
    }
  }

  private park(address: EventAddress, projection: LedgerProjection, error: unknown): void {
    this.parked.park(address, projection.name, error, new Date());
    this.options.onParked?.(address, projection.name, error);
  }

  /** A nested transaction (a SAVEPOINT): a projection that throws leaves none of its rows behind. */
  private savepoint(work: () => void): void {
    this.db.transaction(work)();
  }

  /** BEGIN … COMMIT around async work; on failure, rolled back, and memory forgets what it advanced. */
  private async inTransaction(
    projections: readonly LedgerProjection[],
    work: () => Promise<void>,
  ): Promise<void> {
    // A log past its bound is being truncated: the batch waits for it, the event loop does not.
    await this.options.checkpointer?.writable();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      await work();
      this.db.exec('COMMIT');
      this.options.checkpointer?.committed();
      for (const projection of projections) projection.committed?.();
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const projection of projections) projection.rolledBack?.();
      this.parked.reload();
      throw error;
    }
  }

  /** Runs `work` after every write already started has finished. */
  private exclusively<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writing.then(work, work);
    this.writing = result.catch(() => undefined);
    return result;
  }
}

/** Errors of the store or of the projection database: the batch is retried, no event is blamed. */
function isInfrastructureError(error: unknown): boolean {
  return error instanceof StoreUnavailableError || error instanceof Database.SqliteError;
}

function addressOf(projected: ProjectedEvent, slice: readonly RecordedEvent[]): EventAddress {
  const recorded = slice.find((candidate) => candidate.position === projected.position);
  if (recorded === undefined) throw new Error(`event at ${projected.position} is not in its slice`);
  return recorded;
}

function activityOf(recorded: RecordedEvent): unknown {
  return (recorded.metadata as { activityId?: unknown }).activityId;
}

/**
 * Consecutive runs of about `size()` events (asked again for each run), cut only between two
 * activities, as they are read.
 */
async function* slicesOf(
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  size: () => number,
): AsyncGenerator<RecordedEvent[]> {
  let current: RecordedEvent[] = [];
  for await (const event of events) {
    const previous = current[current.length - 1];
    if (
      current.length >= size() &&
      (previous.streamName !== event.streamName || activityOf(previous) !== activityOf(event))
    ) {
      yield current;
      current = [];
    }
    current.push(event);
  }
  if (current.length > 0) yield current;
}

/** What one slice may hold the event loop for (ENGINEERING.md: no rebuild holds it ~50 ms). */
const SLICE_BUDGET_MS = 20;

const NOT_YET = Symbol('not-yet');
function nextTurn(): Promise<typeof NOT_YET> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_YET)));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
