import { Global, Module } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { EVENT_STORE } from '../store/event-store.tokens';
import { CommandMetrics } from './command-metrics';
import { LedgerMetrics } from './ledger-metrics';
import { MetricsController } from './metrics.controller';
import { registerProjectionLagMetrics } from './projection-lag-metrics';

/** Metrics for the whole application; the command side sees them only as CommandMetrics. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    {
      provide: LedgerMetrics,
      inject: [EVENT_STORE, LedgerProjections],
      useFactory: (store: EventStore, projections: LedgerProjections) => {
        const metrics = new LedgerMetrics();
        registerProjectionLagMetrics(metrics.registry, store, projections.runner);
        return metrics;
      },
    },
    {
      provide: CommandMetrics,
      inject: [LedgerMetrics],
      useFactory: (metrics: LedgerMetrics) => metrics.commands,
    },
  ],
  exports: [LedgerMetrics, CommandMetrics],
})
export class ObservabilityModule {}
