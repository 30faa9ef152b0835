import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { GENERATED_API_TYPES } from './generated-api-types';

const HEADER = `/**
 * Generated from the OpenAPI document the ledger API serves at /docs-json: do not edit.
 * Regenerate with \`npm run generate:api\`; test/contract/openapi-contract.e2e-spec.ts fails
 * while this file and the served document differ.
 */

`;

/** The TypeScript of the document's `paths` and `components`, formatted as the repository is. */
export async function renderApiTypes(document: OpenAPI3): Promise<string> {
  const nodes = await openapiTS(document);
  const options = await prettier.resolveConfig(GENERATED_API_TYPES);
  return prettier.format(HEADER + astToString(nodes), { ...options, filepath: GENERATED_API_TYPES });
}

/** Run as a program: a document on stdin, its types on stdout (for the contract test). */
async function fromStdin(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(await renderApiTypes(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OpenAPI3));
}

if (require.main === module) {
  fromStdin().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
