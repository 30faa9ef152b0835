import { Counter, type Registry } from 'prom-client';
import type { ActivityOutcome } from '../commands/record-license-activity.command';
import { ApplicationError } from '../errors/application-errors';

/**
 * What the write side reports about commands: each command by its outcome, and the races it
 * lost. Its own class (the handler's only metrics), registered on the service's registry; the
 * handler's unit spec builds it on a registry of its own.
 */
export class CommandMetrics {
  private readonly finished: Counter<'type' | 'outcome'>;
  private readonly conflictRetries: Counter<'type'>;

  constructor(registry: Registry) {
    this.finished = new Counter({
      name: 'ledger_commands_total',
      help: 'Licence activities by command type and outcome (accepted, replayed, unchanged, an error code, failed)',
      labelNames: ['type', 'outcome'] as const,
      registers: [registry],
    });
    this.conflictRetries = new Counter({
      name: 'ledger_command_conflict_retries_total',
      help: 'Writes that lost an optimistic-concurrency race and were decided again on fresh state',
      labelNames: ['type'] as const,
      registers: [registry],
    });
  }

  /** Counts a command by its outcome: accepted, replayed, unchanged, the refusal's code, or failed. */
  async counted(type: string, run: () => Promise<ActivityOutcome>): Promise<ActivityOutcome> {
    try {
      const outcome = await run();
      const name = outcome.replayed ? 'replayed' : outcome.activityId === null ? 'unchanged' : 'accepted';
      this.finished.inc({ type, outcome: name });
      return outcome;
    } catch (error) {
      this.finished.inc({ type, outcome: error instanceof ApplicationError ? error.code : 'failed' });
      throw error;
    }
  }

  /** A write lost an optimistic-concurrency race and is decided again on fresh state. */
  conflictRetried(type: string): void {
    this.conflictRetries.inc({ type });
  }
}
