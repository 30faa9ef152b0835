import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openProjectionDatabase } from '../database/projection-database';
import { ledgerProjectionsOf } from '../projection-catalogue';
import { ParkedEvents } from './parked-events';
import { ProjectionRunner } from './projection-runner';
import type { FromRebuildWorker, RebuildWorkerData, ToRebuildWorker } from './rebuild-messages';
import { ShardLog } from './shard-log';

/**
 * One rebuild worker (parallel-rebuild.ts): the same projections and the same runner as the live
 * file's, applied to the events of its own tenants, into a shard file of its own — so the workers
 * fold and write at once, each on its own core, each with SQLite's one writer to itself.
 */
async function rebuildShard(port: MessagePort, data: RebuildWorkerData): Promise<number> {
  const db = openProjectionDatabase(data.shardFile);
  // A scratch file, deleted after the merge: a crash loses it whole, so no fsync buys anything. Its
  // write-ahead log stays (a parked event's savepoint rolls back), on disk rather than in memory.
  db.pragma('synchronous = OFF');
  const log = new ShardLog(port);
  port.on('message', (message: ToRebuildWorker) => {
    if (message.kind === 'events') log.pushPage([...message.events]);
    else if (message.kind === 'end') log.end();
    else log.answerStream(message.request, message.events, message.error);
  });
  try {
    const parked = new ParkedEvents(db);
    parked.adoptSkipped(data.skipped);
    const runner = new ProjectionRunner(db, log, ledgerProjectionsOf(db, log, parked, data.tenantViews), {
      batchSize: data.batchSize,
      // Nothing else runs on this thread: a page is one slice.
      sliceSize: data.batchSize,
      parked,
    });
    const post = (message: FromRebuildWorker) => port.postMessage(message);
    const result = await runner.catchUp(() => post({ kind: 'applied' }));
    return result.events;
  } finally {
    db.close();
  }
}

if (
  !isMainThread &&
  parentPort !== null &&
  (workerData as RebuildWorkerData | null)?.kind === 'projection-rebuild'
) {
  const port = parentPort;
  const post = (message: FromRebuildWorker) => port.postMessage(message);
  rebuildShard(port, workerData as RebuildWorkerData).then(
    (events) => {
      post({ kind: 'done', events });
      port.close();
    },
    (error: unknown) => {
      post({
        kind: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      port.close();
    },
  );
}
