import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/**
 * The HTTP contract (ENGINEERING "Evolution"): served at `/docs-json`, linted by redocly and
 * compiled into the console's and the e2e suites' client (`npm run generate:api`), so a change of
 * a route or a body that the client does not follow fails type checking.
 */
export function ledgerOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Licensing ledger')
      .setDescription(
        'Event-sourced ledger of telephony licences. Writes are licence activities. ' +
          'Every error answers `{statusCode, error, message, details?}`.',
      )
      .setVersion('1')
      // The same origin that serves this document.
      .addServer('/')
      .addBearerAuth()
      .build(),
  );
}
