import { EventEmitter } from 'node:events';
import type { AllSubscription, EventStore, RecordedEvent } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX } from '@ledger/licensing';
import type { LedgerProjection } from './ledger-projection';
import { projectedEventOf, type ProjectedEvent } from './projected-event';
import type { ProjectionDb } from './projection-database';

export interface ProjectionRunnerOptions {
  /**
   * Events per transaction while catching up (start-up, CLI replay, rebuild). Default 50,000:
   * a batch costs mostly the pages it dirties (each touched tenant's quota and account rows, the
   * history index pages), and with many tenants interleaved in the log a big batch dirties each
   * page once for many events: 2,000 → 50,000 doubled the rebuild rate (bench/RESULTS.md,
   * "Projection catch-up in large batches").
   */
  readonly batchSize?: number;
  /** Most events per transaction while following the log live. Default 2,000. */
  readonly liveBatchSize?: number;
  /** How long to wait before trying again after a failed batch. */
  readonly retryDelayMs?: number;
  readonly onError?: (error: unknown) => void;
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
  private subscription: AllSubscription | null = null;
  private stopping = false;
  private failure: unknown = null;
  private readonly batchSize: number;
  private readonly liveBatchSize: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly db: ProjectionDb,
    private readonly store: EventStore,
    private readonly projections: readonly LedgerProjection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 50_000;
    this.liveBatchSize = options.liveBatchSize ?? 2000;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.progress.setMaxListeners(0);
    this.statements = {
      read: db.prepare<[string], { position: string }>('SELECT position FROM checkpoints WHERE name = ?'),
      write: db.prepare<[string, string]>(
        'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
      ),
      clear: db.prepare('DELETE FROM checkpoints'),
    };
    for (const projection of projections) {
      const row = this.statements.read.get(projection.name);
      this.checkpoints.set(projection.name, row === undefined ? BEFORE_FIRST : BigInt(row.position));
    }
    this.applyTransaction = db.transaction(
      (pendingByProjection: ReadonlyMap<LedgerProjection, readonly ProjectedEvent[]>, last: bigint) => {
        for (const [projection, pending] of pendingByProjection) {
          if (pending.length > 0) projection.apply(pending);
          this.statements.write.run(projection.name, last.toString());
        }
      },
    );
  }

  private readonly applyTransaction: (
    pendingByProjection: ReadonlyMap<LedgerProjection, readonly ProjectedEvent[]>,
    last: bigint,
  ) => void;

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
    if (this.loop !== null) return;
    this.stopping = false;
    this.loop = this.followForever();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.close();
    await this.loop;
    this.loop = null;
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
      const page = await this.readPage(this.position);
      if (page.length === 0) break;
      await this.applyBatch(page);
      events += page.length;
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
    if (wasRunning) await this.stop();
    this.stopping = false;
    try {
      this.db.transaction(() => {
        for (const projection of this.projections) projection.reset();
        this.statements.clear.run();
      })();
      for (const projection of this.projections) this.checkpoints.set(projection.name, BEFORE_FIRST);
      const caughtUp = await this.catchUp(onProgress);
      const started = performance.now();
      this.finishRebuild();
      return { events: caughtUp.events, ms: caughtUp.ms + Math.round(performance.now() - started) };
    } catch (error) {
      this.finishRebuild();
      throw error;
    } finally {
      if (wasRunning) this.start();
    }
  }

  /** The last step of a rebuild, also after a failed one: the indexes `reset` dropped come back. */
  private finishRebuild(): void {
    this.db.transaction(() => {
      for (const projection of this.projections) projection.rebuilt?.();
    })();
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

  private async readPage(after: bigint): Promise<RecordedEvent[]> {
    const page: RecordedEvent[] = [];
    for await (const recorded of this.store.readAll({
      afterPosition: after,
      filter: FILTER,
      maxCount: this.batchSize,
    })) {
      page.push(recorded);
    }
    return page;
  }

  private async applyBatch(recorded: readonly RecordedEvent[]): Promise<void> {
    if (recorded.length === 0) return;
    const batch: ProjectedEvent[] = [];
    for (const event of recorded) {
      const projected = projectedEventOf(event);
      if (projected !== null) batch.push(projected);
    }
    const last = recorded[recorded.length - 1].position;
    // Each projection gets only what it has not applied yet (its checkpoint may trail the others').
    const pendingByProjection = new Map<LedgerProjection, readonly ProjectedEvent[]>();
    for (const projection of this.projections) {
      const checkpoint = this.checkpoints.get(projection.name) ?? BEFORE_FIRST;
      if (last <= checkpoint) continue;
      const pending = batch.filter((event) => event.position > checkpoint);
      await projection.prepare(pending);
      pendingByProjection.set(projection, pending);
    }
    try {
      this.applyTransaction(pendingByProjection, last);
    } catch (error) {
      for (const projection of pendingByProjection.keys()) projection.rolledBack?.();
      throw error;
    }
    for (const projection of pendingByProjection.keys()) this.checkpoints.set(projection.name, last);
    this.progress.emit('advanced');
  }
}

const NOT_YET = Symbol('not-yet');
function nextTurn(): Promise<typeof NOT_YET> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_YET)));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
