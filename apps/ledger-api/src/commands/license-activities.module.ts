import { type DynamicModule, Module } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { TenantWriteModelCache, type KeyedActivityIndex } from '@ledger/runtime';
import { EVENT_STORE } from '../store/event-store.tokens';
import { KEYED_ACTIVITY_INDEX } from '../write-model/keyed-activity-index';
import { CLOCK, type Clock, RecordLicenseActivityHandler } from './record-license-activity.handler';

/**
 * The write side below the HTTP edge: the command handler and the tenant write models it decides
 * on. `@nestjs/cqrs` finds the handler here; the bus is the only way in. The service's clock is
 * exported to every module: the instant a command is decided at (R13 `now`) and the instant a read
 * judges terms ending from come from the same clock that stamps the events.
 */
@Module({})
export class LicenseActivitiesModule {
  static register(clock: Clock): DynamicModule {
    return {
      module: LicenseActivitiesModule,
      global: true,
      providers: [
        { provide: CLOCK, useValue: clock },
        {
          provide: TenantWriteModelCache,
          // The index of Idempotency-Keys comes from the projections when they run here.
          useFactory: (store: EventStore, index?: KeyedActivityIndex) =>
            new TenantWriteModelCache(store, index),
          inject: [EVENT_STORE, { token: KEYED_ACTIVITY_INDEX, optional: true }],
        },
        RecordLicenseActivityHandler,
      ],
      exports: [CLOCK],
    };
  }
}
