/**
 * What the write side reports about commands. An interface (not the prom-client metrics) so the
 * handler stays testable on its own: its unit spec builds it without any metrics.
 */
export interface CommandMetrics {
  /** Outcome: `accepted`, `replayed`, `unchanged`, the SPEC error code of a refusal, or `failed`. */
  commandFinished(type: string, outcome: string): void;
  /** A write lost an optimistic-concurrency race and is decided again on fresh state. */
  conflictRetried(type: string): void;
}

export const COMMAND_METRICS = Symbol('COMMAND_METRICS');

export const NO_COMMAND_METRICS: CommandMetrics = {
  commandFinished: () => undefined,
  conflictRetried: () => undefined,
};
