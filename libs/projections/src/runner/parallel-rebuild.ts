import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX } from '@ledger/licensing';
import type { ProjectionDb } from '../database/projection-db';
import type { TenantViewsOptions } from '../tenant-views/tenant-views-projection';
import type { ParkedEvents } from './parked-events';
import type { FromRebuildWorker, RebuildWorkerData, ToRebuildWorker } from './rebuild-messages';
import { mergeShards } from './shard-merge';

export interface ParallelRebuildOptions {
  /** Worker threads folding and writing at once, each for its share of the tenants. */
  readonly workers: number;
  /** Events per transaction in a worker. */
  readonly batchSize: number;
  /** The live file's tenant views' options: the workers' projections must be the same. */
  readonly tenantViews: TenantViewsOptions;
}

export interface ParallelProgress {
  readonly events: number;
  readonly position: bigint;
}

/** Events posted to a worker at a time; at most PAGES_IN_FLIGHT of them wait per worker, so memory stays bounded. */
const PAGE = 2_000;
const PAGES_IN_FLIGHT = 2;
const FILTER = { streamPrefix: TENANT_STREAM_PREFIX };

/**
 * The worker's module beside this one: its source (.ts) when run from the sources (tests, the
 * bench, `npm run cli` from a checkout), or its build (.js). A bundled build (webpack, one file)
 * has neither: the rebuild then runs on one thread (`available`).
 */
function workerFile(): string | null {
  for (const extension of ['.js', '.ts']) {
    const file = path.join(__dirname, `rebuild-worker${extension}`);
    if (existsSync(file)) return file;
  }
  return null;
}

/** A tenant's worker: every event of a tenant goes to the same one, in log order (its views are a fold of its stream). */
function workerOf(streamName: string, workers: number): number {
  let hash = 2166136261;
  for (let index = 0; index < streamName.length; index += 1) {
    hash = Math.imul(hash ^ streamName.charCodeAt(index), 16777619);
  }
  return (hash >>> 0) % workers;
}

/** One worker of a running rebuild, seen from the thread that reads the log. */
class ShardWorker {
  private inFlight = 0;
  private roomFor: (() => void) | null = null;
  private buffered: RecordedEvent[] = [];
  readonly finished: Promise<number>;

  constructor(
    private readonly worker: Worker,
    store: EventStore,
  ) {
    this.finished = new Promise<number>((resolve, reject) => {
      worker.on('message', (message: FromRebuildWorker) => {
        switch (message.kind) {
          case 'applied':
            this.inFlight -= 1;
            this.wake();
            return;
          case 'done':
            resolve(message.events);
            return;
          case 'failed':
            reject(new Error(`a rebuild worker failed: ${message.message}`));
            return;
          case 'readStream':
            void this.answerStream(
              store,
              message.request,
              message.streamName,
              message.fromRevision,
              message.maxCount,
            );
            return;
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`a rebuild worker exited with ${code} before it was done`)),
      );
    });
    // Whoever waits for room stops waiting when the worker is gone (its failure is what `finished` says).
    this.finished.then(
      () => this.wake(),
      () => this.wake(),
    );
  }

  /** Adds an event for this worker; posts a page when one is full, after waiting for room. */
  async add(recorded: RecordedEvent, failed: () => boolean): Promise<void> {
    this.buffered.push(recorded);
    if (this.buffered.length >= PAGE) await this.flush(failed);
  }

  async flush(failed: () => boolean): Promise<void> {
    if (this.buffered.length === 0) return;
    while (this.inFlight >= PAGES_IN_FLIGHT && !failed()) {
      await new Promise<void>((resolve) => (this.roomFor = resolve));
    }
    this.inFlight += 1;
    this.post({ kind: 'events', events: this.buffered });
    this.buffered = [];
  }

  end(): void {
    this.post({ kind: 'end' });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private async answerStream(
    store: EventStore,
    request: number,
    streamName: string,
    fromRevision: bigint,
    maxCount: number,
  ): Promise<void> {
    const events: RecordedEvent[] = [];
    try {
      for await (const recorded of store.readStream(streamName, { fromRevision, maxCount }))
        events.push(recorded);
      this.post({ kind: 'stream', request, events, error: null });
    } catch (error) {
      this.post({
        kind: 'stream',
        request,
        events: [],
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private post(message: ToRebuildWorker): void {
    this.worker.postMessage(message);
  }

  private wake(): void {
    const wake = this.roomFor;
    this.roomFor = null;
    wake?.();
  }
}

/**
 * Every projection rebuilt from the whole log on several cores (issue 18). A tenant's views depend
 * only on its own stream, so the tenants are shared out between worker threads: this thread reads
 * the log through the store (the port: either adapter, personal data opened as for any read) and
 * posts each event to its tenant's worker; each worker runs the projections, as the live runner
 * does, into a shard file of its own. When every worker is done, one transaction of the live file
 * replaces its read models with the shards' rows and moves every checkpoint to the last event
 * read (shard-merge.ts). Until that commit, the live file holds what it held before: a rebuild
 * that fails or is killed half-way leaves the projections as they were, at their checkpoints.
 */
export class ParallelRebuild {
  private constructor(
    private readonly file: string,
    private readonly options: ParallelRebuildOptions,
  ) {}

  /** Null when the workers cannot start here: fewer than two asked for, or no worker module (a bundled build). */
  static available(options: ParallelRebuildOptions): ParallelRebuild | null {
    const file = workerFile();
    return options.workers >= 2 && file !== null ? new ParallelRebuild(file, options) : null;
  }

  /**
   * Reads the whole log, has the workers project it, and swaps their rows into `db`. Returns the
   * events read and the last one's position (0 for an empty log). `stopping` abandons it: the
   * live file is left as it was.
   */
  async run(
    db: ProjectionDb,
    store: EventStore,
    parked: ParkedEvents,
    projectionNames: readonly string[],
    stopping: () => boolean,
    onProgress?: (progress: ParallelProgress) => void,
  ): Promise<{ events: number; last: bigint } | null> {
    const shardDir = mkdtempSync(path.join(db.memory ? tmpdir() : path.dirname(db.name), '.rebuild-'));
    const shardFiles = Array.from({ length: this.options.workers }, (_, index) =>
      path.join(shardDir, `shard-${index}.sqlite`),
    );
    const skipped = parked.skippedRows();
    const workers = shardFiles.map((shardFile) => this.start(shardFile, skipped, store));
    let failure: unknown = null;
    const failed = () => failure !== null;
    for (const worker of workers) worker.finished.catch((error: unknown) => (failure ??= error));
    try {
      let events = 0;
      let last = 0n;
      for await (const recorded of store.readAll({ filter: FILTER })) {
        await workers[workerOf(recorded.streamName, workers.length)].add(recorded, failed);
        events += 1;
        last = recorded.position;
        if (events % PAGE === 0) {
          if (failure !== null) throw failure;
          if (stopping()) return null;
          onProgress?.({ events, position: last });
        }
      }
      for (const worker of workers) {
        await worker.flush(failed);
        worker.end();
      }
      await Promise.all(workers.map((worker) => worker.finished));
      if (stopping()) return null;
      await mergeShards(db, shardFiles, projectionNames, last);
      onProgress?.({ events, position: last });
      return { events, last };
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
      rmSync(shardDir, { recursive: true, force: true });
    }
  }

  private start(shardFile: string, skipped: RebuildWorkerData['skipped'], store: EventStore): ShardWorker {
    const workerData: RebuildWorkerData = {
      kind: 'projection-rebuild',
      shardFile,
      skipped,
      batchSize: this.options.batchSize,
      tenantViews: this.options.tenantViews,
    };
    // From the sources, the worker compiles TypeScript as the tests and the bench do.
    const execArgv = this.file.endsWith('.ts') ? ['-r', '@swc-node/register'] : [];
    return new ShardWorker(new Worker(this.file, { workerData, execArgv }), store);
  }
}
