import type { EventStore } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX, tenantIdOfStream } from '@ledger/licensing';
import type { ParkedEvent } from './parked-events';
import type { ProjectionRunner } from './projection-runner';

/** A parked event as the admin API, /health and the CLI show it: positions as strings (64-bit). */
export interface ParkedEventAnswer {
  readonly position: string;
  readonly tenantId: string | null;
  readonly revision: string;
  readonly type: string;
  readonly projections: readonly string[];
  readonly error: string;
  readonly parkedAt: string;
}

/** SPEC §5 `GET /v1/admin/projections`, and `projections status` in the CLI. */
export interface ProjectionsStatus {
  /** The log position every projection has applied. */
  readonly position: string;
  /** The newest position in the log; null when it is empty or the store does not answer. */
  readonly head: string | null;
  /** Positions of the log not applied yet (events, on the embedded store); null when the store does not answer. */
  readonly lag: string | null;
  readonly rebuilding: boolean;
  /** True while the last batch failed (the store or the projection database) and is being retried. */
  readonly retrying: boolean;
  readonly parked: readonly ParkedEventAnswer[];
}

export function parkedEventAnswer(parked: ParkedEvent): ParkedEventAnswer {
  return {
    position: parked.position.toString(),
    tenantId: tenantIdOfStream(parked.streamName),
    revision: parked.revision.toString(),
    type: parked.type,
    projections: parked.projections,
    error: parked.error,
    parkedAt: parked.parkedAt,
  };
}

/** Degraded: an event is parked, or batches are failing and being retried. */
export function projectionsDegraded(runner: ProjectionRunner): boolean {
  return runner.lastError !== null || runner.parked.list().length > 0;
}

export async function projectionsStatusOf(
  store: EventStore,
  runner: ProjectionRunner,
): Promise<ProjectionsStatus> {
  const head = await store.headPosition({ streamPrefix: TENANT_STREAM_PREFIX }).catch(() => undefined);
  const lag =
    head === undefined ? null : head === null || head < runner.position ? 0n : head - runner.position;
  return {
    position: runner.position.toString(),
    head: head?.toString() ?? null,
    lag: lag?.toString() ?? null,
    rebuilding: runner.isRebuilding,
    retrying: runner.lastError !== null,
    parked: runner.parked.list().map(parkedEventAnswer),
  };
}
