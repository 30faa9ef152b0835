import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { type FastifyError, type FastifyReply, LogController } from 'fastify';
import { AppModule, type LedgerAppOptions } from './app.module';
import type { LedgerConfig } from '@ledger/runtime';
import { serveConsole } from './console/serve-console';
import { ErrorBodyFilter, errorBodyOf } from './http/error-body.filter';
import { closeConnectionsOnStop } from './http/close-connections-on-stop';
import { applyUploadBodyLimit } from './http/upload-body-limit';
import { createValidationPipe } from './http/validation.pipe';
import { ledgerOpenApiDocument } from './openapi/openapi-document';
import { observeHttp } from './observability/http-observability';
import { createLedgerLogger, PinoNestLogger } from './observability/ledger-logger';
import { LedgerMetrics } from './observability/ledger-metrics';
import { LEDGER_ID_MAX_LENGTH } from './tenants/dto/identifiers';

/**
 * SPEC §6: ids of 128 characters work on every route. Fastify's router refused path parameters
 * over 100 characters (its default), so ids of 101–128 were created, then unreachable (issue 10
 * #9). Room for a longest id with every character percent-encoded (3 bytes each), so that the id
 * validation, not the router, refuses a longer one, with a 400 that says why.
 */
export const MAX_PATH_PARAM_LENGTH = 3 * LEDGER_ID_MAX_LENGTH;

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
    routerOptions: { maxParamLength: MAX_PATH_PARAM_LENGTH },
    // Errors the router raises before Nest sees the request: the SPEC error shape too, without
    // echoing the path back (Fastify's own body repeats it whole).
    frameworkErrors: (error: FastifyError, _request: unknown, reply: FastifyReply) => {
      const body =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? {
              statusCode: 414,
              error: 'URI_TOO_LONG',
              message: `A path parameter is longer than ${MAX_PATH_PARAM_LENGTH} characters`,
            }
          : errorBodyOf(error);
      void reply.status(body.statusCode).send(body);
    },
  });
  // Before Nest registers the routes: the upload route's own limit is set as it is registered.
  applyUploadBodyLimit(adapter.getInstance(), config.uploadBodyLimitBytes);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });

  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorBodyFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('docs', app, ledgerOpenApiDocument(app));
  // The admin console's static files at `/`, outside Nest's router (see serve-console.ts for why that is safe).
  await serveConsole(app.getHttpAdapter().getInstance());

  observeHttp(app.getHttpAdapter().getInstance(), app.get(LedgerMetrics));
  const fastify = app.getHttpAdapter().getInstance();
  closeConnectionsOnStop(app.getHttpServer(), (close) => fastify.addHook('preClose', async () => close()));
  await app.init();
  return app;
}
