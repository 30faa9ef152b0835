/**
 * A monitoring probe in its own process: GET /health every `intervalMs`, each poll on its own
 * schedule whether or not the previous one was answered (a frozen API shows as slow answers, not
 * as fewer polls). Protocol: the parent sends the input; the probe answers `ready` once /health
 * has answered; each `lap` message is answered with the figures since the previous lap; `stop`
 * ends it.
 */

export interface HealthProbeInput {
  readonly url: string;
  readonly intervalMs: number;
}

export interface HealthLap {
  readonly polls: number;
  /** The slowest answer (ms), or the age of the oldest unanswered poll at the lap. */
  readonly worstMs: number;
  /** Polls answered (or still waiting) after more than 100 ms. */
  readonly over100Ms: number;
  readonly failures: number;
}

export type HealthProbeMessage =
  { readonly kind: 'ready' } | { readonly kind: 'lap'; readonly lap: HealthLap };

function send(message: HealthProbeMessage): void {
  process.send?.(message);
}

if (process.send !== undefined) {
  process.once('message', ({ url, intervalMs }: HealthProbeInput) => {
    const pending = new Set<number>();
    let lap = { polls: 0, worstMs: 0, over100Ms: 0, failures: 0 };
    let ready = false;
    const record = (ms: number) => {
      lap.worstMs = Math.max(lap.worstMs, ms);
      if (ms > 100) lap.over100Ms += 1;
    };
    const timer = setInterval(() => {
      lap.polls += 1;
      const started = performance.now();
      pending.add(started);
      fetch(`${url}/health`)
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) lap.failures += 1;
        })
        .catch(() => {
          lap.failures += 1;
        })
        .finally(() => {
          pending.delete(started);
          record(performance.now() - started);
          if (!ready) {
            ready = true;
            send({ kind: 'ready' });
          }
        });
    }, intervalMs);
    process.on('message', (message: unknown) => {
      if (message === 'stop') {
        clearInterval(timer);
        process.disconnect();
        return;
      }
      const now = performance.now();
      for (const started of pending) record(now - started);
      send({ kind: 'lap', lap });
      lap = { polls: 0, worstMs: 0, over100Ms: 0, failures: 0 };
    });
  });
}
