import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { CommandMetrics } from './command-metrics';

/** A route label for requests no route matched: raw URLs would let any client mint new series. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * The service's Prometheus series. One registry per application instance (not prom-client's
 * global one), so several instances in one process (the end-to-end tests) never collide.
 * No label carries a tenant id or any other caller-chosen text: the series reveal volumes and
 * latencies by route template, never whose.
 */
export class LedgerMetrics {
  readonly registry = new Registry();

  /** The write side's series, on the same registry. */
  readonly commands = new CommandMetrics(this.registry);

  private readonly httpRequests = new Counter({
    name: 'ledger_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'ledger_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  requestAnswered(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }
}
