import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LogController } from 'fastify';
import { AppModule, type LedgerAppOptions } from './app.module';
import type { LedgerConfig } from '@ledger/runtime';
import { serveConsole } from './console/serve-console';
import { ErrorBodyFilter } from './http/error-body.filter';
import { createValidationPipe } from './http/validation.pipe';
import { observeHttp } from './observability/http-observability';
import { createLedgerLogger, PinoNestLogger } from './observability/ledger-logger';
import { LedgerMetrics } from './observability/ledger-metrics';

/** Builds the whole HTTP application; `main.ts` listens on it, end-to-end tests too. */
export async function createLedgerApp(
  config: LedgerConfig,
  options: LedgerAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = createLedgerLogger(config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // One line per request comes from observeHttp (with tenant and actor), not from Fastify's pair of lines.
    logController: new LogController({ disableRequestLogging: true }),
    // A client must send its whole request within the limit (slow-loris); handling has its own limit.
    requestTimeout: config.requestTimeoutMs,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    // Fastify parses JSON itself; prototype pollution attempts are refused, not stripped silently.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });

  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorBodyFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Licensing ledger')
      .setDescription('Event-sourced ledger of telephony licences (SPEC.md). Writes are licence activities.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  // The admin console's static files at `/`, outside Nest's router (see serve-console.ts for why that is safe).
  await serveConsole(app.getHttpAdapter().getInstance());

  observeHttp(app.getHttpAdapter().getInstance(), app.get(LedgerMetrics));
  await app.init();
  return app;
}
