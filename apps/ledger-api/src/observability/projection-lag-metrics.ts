import { Gauge, type Registry } from 'prom-client';
import type { EventStore } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX } from '@ledger/licensing';
import type { ProjectionRunner } from '@ledger/projections';

const FILTER = { streamPrefix: TENANT_STREAM_PREFIX };

/**
 * How far the read side trails the log, measured when Prometheus scrapes (no timers of ours):
 * in events (store head − runner position) and in seconds (age of the oldest event the
 * projections have not applied yet; 0 when caught up, so an idle service reads 0, not "hours").
 */
export function registerProjectionLagMetrics(
  registry: Registry,
  store: EventStore,
  runner: Pick<ProjectionRunner, 'position' | 'parked'>,
): void {
  new Gauge({
    name: 'ledger_projection_position',
    help: 'Global log position every projection has applied (their checkpoint)',
    registers: [registry],
    collect() {
      this.set(Number(runner.position));
    },
  });
  new Gauge({
    name: 'ledger_projection_parked_events',
    help: 'Events parked because a projection cannot apply them (SPEC §5); their tenants are held',
    registers: [registry],
    collect() {
      this.set(runner.parked.list().length);
    },
  });
  new Gauge({
    name: 'ledger_projection_lag_events',
    help: 'Events in the log the projections have not applied yet (store head − projection position)',
    registers: [registry],
    async collect() {
      const head = await store.headPosition(FILTER);
      const lag = head === null ? 0n : head - runner.position;
      this.set(Number(lag > 0n ? lag : 0n));
    },
  });
  new Gauge({
    name: 'ledger_projection_lag_seconds',
    help: 'Age of the oldest event the projections have not applied yet; 0 when caught up',
    registers: [registry],
    async collect() {
      let age = 0;
      for await (const pending of store.readAll({
        afterPosition: runner.position,
        filter: FILTER,
        maxCount: 1,
      })) {
        age = Math.max(0, (Date.now() - pending.recordedAt.getTime()) / 1000);
      }
      this.set(age);
    },
  });
}
