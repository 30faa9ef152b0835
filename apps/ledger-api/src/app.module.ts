import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_GUARD, APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard } from './auth/access.guard';
import { jwtModuleOptions } from './auth/jwt-options';
import { TokenVerifier } from './auth/token-verifier';
import { CatalogueModule } from './catalogue/catalogue.module';
import { LicenseActivitiesModule } from './commands/license-activities.module';
import type { Clock } from './commands/record-license-activity.handler';
import { jwtSecretOf, type LedgerConfig } from '@ledger/runtime';
import { HealthModule } from './health/health.module';
import { CallerThrottlerGuard } from './limits/caller-throttler.guard';
import { FixedWindowThrottlerStorage } from './limits/fixed-window-storage';
import { RequestTimeoutInterceptor } from './limits/request-timeout.interceptor';
import { ObservabilityModule } from './observability/observability.module';
import { ProjectionsModule } from './projections/projections.module';
import { ReportsModule } from './reports/reports.module';
import { EventStoreModule } from './store/event-store.module';
import { TenantsModule } from './tenants/tenants.module';
import { TermsModule } from './terms/terms.module';

export interface LedgerAppOptions {
  /** Tests pin time; the service uses the wall clock. */
  readonly clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: LedgerConfig, options: LedgerAppOptions = {}): DynamicModule {
    const clock = options.clock ?? (() => new Date());
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ ledger: config })] }),
        CqrsModule.forRoot(),
        JwtModule.registerAsync({
          inject: [ConfigService],
          useFactory: (configService: ConfigService<{ ledger: LedgerConfig }, true>) =>
            jwtModuleOptions(jwtSecretOf(configService.get('ledger', { infer: true }))),
        }),
        EventStoreModule,
        ProjectionsModule,
        ObservabilityModule,
        LicenseActivitiesModule.register(clock),
        TenantsModule,
        TermsModule.register(clock),
        CatalogueModule,
        ReportsModule,
        HealthModule,
        // One fixed window per caller per minute; 0 in the config turns it off (see CallerThrottlerGuard).
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: 60_000, limit: Math.max(1, config.rateLimitPerMinute) }],
          storage: new FixedWindowThrottlerStorage(),
          skipIf: () => config.rateLimitPerMinute === 0,
        }),
      ],
      providers: [
        // Guards run in this order: the rate limit counts refused requests too.
        { provide: APP_GUARD, useClass: CallerThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        {
          provide: APP_INTERCEPTOR,
          inject: [Reflector],
          useFactory: (reflector: Reflector) =>
            new RequestTimeoutInterceptor(config.requestTimeoutMs, reflector),
        },
        TokenVerifier,
      ],
    };
  }
}
