import type { RecordedEvent } from '@ledger/event-store';
import type { TenantViewsOptions } from '../tenant-views/tenant-views-projection';
import type { SkippedEvent } from './parked-events';

/** What a rebuild worker starts with (parallel-rebuild.ts). */
export interface RebuildWorkerData {
  readonly kind: 'projection-rebuild';
  /** The worker's own projection file: its tenants' rows, merged into the live file at the end. */
  readonly shardFile: string;
  /** The operator's skips in the live file: a rebuild skips them too. */
  readonly skipped: readonly SkippedEvent[];
  readonly batchSize: number;
  /** The live file's: the workers' projections must be the same. */
  readonly tenantViews: TenantViewsOptions;
}

/** From the thread that reads the log to a worker. */
export type ToRebuildWorker =
  | { readonly kind: 'events'; readonly events: readonly RecordedEvent[] }
  | { readonly kind: 'end' }
  | {
      readonly kind: 'stream';
      readonly request: number;
      readonly events: readonly RecordedEvent[];
      readonly error: string | null;
    };

/** From a worker to the thread that reads the log. */
export type FromRebuildWorker =
  /** A page of events is applied to the shard (and committed): room for the next. */
  | { readonly kind: 'applied' }
  /** Its tenants' rows are all in the shard file, which is closed. */
  | { readonly kind: 'done'; readonly events: number }
  | { readonly kind: 'failed'; readonly message: string }
  /** A tenant evicted from its cache is folded again: the events of its stream, read by the log's thread. */
  | {
      readonly kind: 'readStream';
      readonly request: number;
      readonly streamName: string;
      readonly fromRevision: bigint;
      readonly maxCount: number;
    };
