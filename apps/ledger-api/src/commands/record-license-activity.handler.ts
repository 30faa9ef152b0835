import { Inject, Logger, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Registry } from 'prom-client';
import type { EventStore } from '@ledger/event-store';
import { LicenseActivityRecorder, TenantWriteModelCache, type Clock } from '@ledger/runtime';
import { CommandMetrics } from '../observability/command-metrics';
import { EVENT_STORE } from '../store/event-store.tokens';
import { type ActivityOutcome, RecordLicenseActivity } from './record-license-activity.command';

/** A clock from outside, so the domain stays pure and tests can pin time. */
export const CLOCK = Symbol('CLOCK');
export type { Clock } from '@ledger/runtime';

/**
 * The write path on the command bus: the Nest-free recorder (libs/runtime/src/write-path) loads
 * the tenant's caught-up model, decides with the domain's Decider, appends with the expected
 * revision and retries a lost race; this handler counts each command and logs each retry.
 * Refusals are application errors; the edge answers them.
 */
@CommandHandler(RecordLicenseActivity)
export class RecordLicenseActivityHandler implements ICommandHandler<RecordLicenseActivity> {
  private readonly logger = new Logger(RecordLicenseActivityHandler.name);
  private readonly recorder: LicenseActivityRecorder;

  constructor(
    models: TenantWriteModelCache,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) clock: Clock,
    @Optional() private readonly metrics: CommandMetrics = new CommandMetrics(new Registry()),
  ) {
    this.recorder = new LicenseActivityRecorder(models, store, clock, ({ tenantId, command }, attempt) => {
      this.metrics.conflictRetried(command.type);
      this.logger.debug(`Concurrency race lost on ${tenantId} (attempt ${attempt}); deciding again`);
    });
  }

  execute(activity: RecordLicenseActivity): Promise<ActivityOutcome> {
    return this.metrics.counted(activity.command.type, () => this.recorder.record(activity));
  }
}
