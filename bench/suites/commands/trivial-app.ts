import { randomUUID } from 'node:crypto';
import { Controller, Delete, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { TenantAccess } from '../../../apps/ledger-api/src/auth/access.decorators';
import { AccessGuard } from '../../../apps/ledger-api/src/auth/access.guard';
import { jwtModuleOptions } from '../../../apps/ledger-api/src/auth/jwt-options';
import { TokenVerifier } from '../../../apps/ledger-api/src/auth/token-verifier';
import { ErrorBodyFilter } from '../../../apps/ledger-api/src/http/error-body.filter';
import { createValidationPipe } from '../../../apps/ledger-api/src/http/validation.pipe';

/**
 * The framework ceiling: the ledger's HTTP stack (Fastify adapter with the same options, Nest,
 * the same global guard verifying the same HS256 token and tenant access, the same pipe and
 * filter) around a handler that returns a constant. Built here, never shipped in the product.
 */
@TenantAccess('write')
@Controller('v1/tenants/:tenantId')
class PingController {
  @Post('ping')
  @HttpCode(200)
  ping(@Param('tenantId') _tenantId: string): { ok: true } {
    return { ok: true };
  }

  // The audit benchmark's ceiling: an authenticated GET answered at once, measured by the same client.
  @Get('ping')
  pingGet(@Param('tenantId') _tenantId: string): { ok: true } {
    return { ok: true };
  }

  // The mix's removals are DELETEs; the ceiling answers them the same way.
  @Delete('ping')
  @HttpCode(200)
  pingDelete(@Param('tenantId') _tenantId: string): { ok: true } {
    return { ok: true };
  }
}

@Module({})
class TrivialModule {
  static forSecret(secret: string) {
    return {
      module: TrivialModule,
      imports: [JwtModule.register(jwtModuleOptions(secret))],
      controllers: [PingController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }, TokenVerifier],
    };
  }
}

export async function createTrivialApp(
  secret: string,
  bodyLimitBytes: number,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: bodyLimitBytes,
    genReqId: () => randomUUID(),
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const app = await NestFactory.create<NestFastifyApplication>(TrivialModule.forSecret(secret), adapter, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorBodyFilter());
  await app.init();
  return app;
}
