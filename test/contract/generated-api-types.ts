import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPI3 } from 'openapi-typescript';

export const REPOSITORY = path.join(__dirname, '../..');

/** Where the types generated from the served document are committed (the console and test/support use them). */
export const GENERATED_API_TYPES = path.join(REPOSITORY, 'apps/console/src/api/generated/ledger-api.ts');

export function committedApiTypes(): string | null {
  return fs.existsSync(GENERATED_API_TYPES) ? fs.readFileSync(GENERATED_API_TYPES, 'utf8') : null;
}

/**
 * The types of a document, rendered in memory by render-api-types.ts in a child Node process:
 * openapi-typescript loads ES-module-only packages that Jest on Node 20 cannot require.
 */
export async function apiTypesRenderedApart(document: OpenAPI3): Promise<string> {
  const child = promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', path.join(__dirname, 'render-api-types.ts')],
    { cwd: REPOSITORY, maxBuffer: 64 * 1024 * 1024 },
  );
  child.child.stdin?.end(JSON.stringify(document));
  return (await child).stdout;
}
