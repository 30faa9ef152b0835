import { type DynamicModule, Module } from '@nestjs/common';
import { TenantWriteModelCache } from '../write-model/tenant-write-model-cache';
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
      providers: [{ provide: CLOCK, useValue: clock }, TenantWriteModelCache, RecordLicenseActivityHandler],
      exports: [CLOCK],
    };
  }
}
