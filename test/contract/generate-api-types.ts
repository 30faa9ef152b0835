/**
 * `npm run generate:api`: starts the ledger API on a temporary store, reads the document it serves
 * and writes its TypeScript to apps/console/src/api/generated/ledger-api.ts.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED_API_TYPES } from './generated-api-types';
import { renderApiTypes } from './render-api-types';
import { servedOpenApiDocument } from './served-openapi-document';

async function main(): Promise<void> {
  const types = await renderApiTypes(await servedOpenApiDocument());
  fs.mkdirSync(path.dirname(GENERATED_API_TYPES), { recursive: true });
  fs.writeFileSync(GENERATED_API_TYPES, types);
  process.stdout.write(`wrote ${path.relative(process.cwd(), GENERATED_API_TYPES)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
