import { Counter, type Registry } from 'prom-client';

/** How one term's expiry went in a run of the scheduler. */
export type ExpiryOutcome = 'expired' | 'unchanged' | 'held' | 'failed';

/** R13: the scheduler's series. No tenant or purchase id in a label (ledger-metrics.ts says why). */
export class ExpiryMetrics {
  private readonly expiries: Counter<'outcome'>;
  private readonly runs: Counter<'outcome'>;

  constructor(registry: Registry) {
    this.expiries = new Counter({
      name: 'ledger_subscription_expiries_total',
      help:
        'Ended subscription terms the scheduler handled, by outcome: expired (appended), unchanged (already expired ' +
        'in the log, renewed or cancelled meanwhile), held (the tenant waits behind a parked event), failed (retried next run)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
    this.runs = new Counter({
      name: 'ledger_subscription_expiry_runs_total',
      help: 'Runs of the subscription expiry scheduler, by outcome (ok, failed)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
  }

  counted(outcome: ExpiryOutcome): void {
    this.expiries.inc({ outcome });
  }

  ran(outcome: 'ok' | 'failed'): void {
    this.runs.inc({ outcome });
  }
}
