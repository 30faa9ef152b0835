import type { DemoOptions } from './demo-options';
import type { TenantPlan } from './tenant-plans';

/** A run of one tenant's consecutive activities, written in one append. */
export interface DemoChunk {
  readonly tenant: number;
  readonly index: number;
  readonly of: number;
  /** The stretch of time its activities fall in (epoch ms). */
  readonly windowStart: number;
  readonly windowEnd: number;
  /** The tenant's event count once this chunk is written. */
  readonly eventsUntil: number;
}

/**
 * Splits every tenant into chunks of at most `batchEvents` events over its time from joining to
 * `until`, and orders all chunks by when they start. Each stream is in time order; across tenants,
 * the log is in time order at the grain of a chunk, as if the tenants' administrators had worked
 * side by side.
 */
export function scheduleChunks(
  plans: readonly TenantPlan[],
  options: Pick<DemoOptions, 'until' | 'batchEvents'>,
): DemoChunk[] {
  const chunks: DemoChunk[] = [];
  const until = options.until.getTime();
  for (const plan of plans) {
    const of = Math.max(1, Math.ceil(plan.budget / options.batchEvents));
    const span = until - plan.startsAt;
    for (let index = 0; index < of; index += 1) {
      chunks.push({
        tenant: plan.index,
        index,
        of,
        windowStart: plan.startsAt + Math.floor((span * index) / of),
        windowEnd: plan.startsAt + Math.floor((span * (index + 1)) / of),
        eventsUntil: Math.ceil((plan.budget * (index + 1)) / of),
      });
    }
  }
  return chunks.sort((a, b) => a.windowStart - b.windowStart || a.tenant - b.tenant || a.index - b.index);
}
