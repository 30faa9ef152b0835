import { type DynamicModule, Module } from '@nestjs/common';
import { CLOCK, type Clock } from '../commands/record-license-activity.handler';
import { SubscriptionExpiry } from './subscription-expiry';

/** R13: the service's own writes at subscription terms' ends, sent through the command bus. */
@Module({})
export class TermsModule {
  static register(clock: Clock): DynamicModule {
    return {
      module: TermsModule,
      providers: [{ provide: CLOCK, useValue: clock }, SubscriptionExpiry],
    };
  }
}
