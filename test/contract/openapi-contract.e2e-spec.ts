import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPI3, OperationObject, ReferenceObject, ResponseObject } from 'openapi-typescript';
import { LedgerTestApp } from '../support/ledger-test-app';
import {
  apiTypesRenderedApart,
  committedApiTypes,
  GENERATED_API_TYPES,
  REPOSITORY,
} from './generated-api-types';
import { servedOpenApiDocument } from './served-openapi-document';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  readonly name: string;
  readonly operation: OperationObject;
}

function operationsOf(document: OpenAPI3): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Partial<Record<string, OperationObject>>)[method];
      return operation === undefined ? [] : [{ name: `${method.toUpperCase()} ${route}`, operation }];
    }),
  );
}

const responsesOf = ({ operation }: Operation): [string, ResponseObject][] =>
  Object.entries(operation.responses ?? {}).map(([status, response]) => [
    status,
    response as ResponseObject | ReferenceObject as ResponseObject,
  ]);

const isError = (status: string) => /^[45]/.test(status);
const needsToken = ({ operation }: Operation) =>
  (operation.security ?? []).some((requirement) => Object.keys(requirement).length > 0) &&
  !(operation.security ?? []).some((requirement) => Object.keys(requirement).length === 0);

/** `redocly lint` with the repository's redocly.yaml (the recommended rules), as a user runs it. */
async function redoclyLint(document: OpenAPI3) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-openapi-'));
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(document, null, 2));
  try {
    const { stdout } = await promisify(execFile)(
      path.join(REPOSITORY, 'node_modules/.bin/redocly'),
      ['lint', file, '--config', path.join(REPOSITORY, 'redocly.yaml'), '--format=json'],
      { cwd: REPOSITORY, maxBuffer: 16 * 1024 * 1024 },
    ).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
    return JSON.parse(stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The lint and the rendering of the types each start a Node process (seconds on a busy machine). */
const CHILD_PROCESS_TIMEOUT_MS = 60_000;

describe('The HTTP contract: the OpenAPI document served at /docs-json', () => {
  let app: LedgerTestApp;
  let document: OpenAPI3;

  beforeAll(async () => {
    app = await LedgerTestApp.start();
    document = await servedOpenApiDocument(app);
  });
  afterAll(() => app.close());

  it('documents the success body of every operation', () => {
    const undocumented = operationsOf(document)
      .filter((operation) => !responsesOf(operation).some(([status, r]) => /^2/.test(status) && r.content))
      .map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });

  it('documents, for every operation behind a token, its errors in the one SPEC error shape with their codes', () => {
    const problems = operationsOf(document)
      .filter(needsToken)
      .flatMap((operation) => {
        const errors = responsesOf(operation).filter(([status]) => isError(status));
        const statuses = errors.map(([status]) => status);
        // Any authenticated caller reads the catalogue (SPEC §4): a token is all it asks, so no 403.
        const required = operation.name === 'GET /v1/catalog' ? ['401'] : ['401', '403'];
        const missing = required.filter((status) => !statuses.includes(status));
        const notShared = errors
          .filter(([, response]) => {
            const schema = JSON.stringify(response.content?.['application/json']?.schema ?? {});
            return !schema.includes('"#/components/schemas/ErrorBody"') || !schema.includes('"enum"');
          })
          .map(([status]) => status);
        return [
          ...missing.map((status) => `${operation.name}: no ${status}`),
          ...notShared.map((status) => `${operation.name}: ${status} is not ErrorBody with its codes`),
        ];
      });
    expect(problems).toEqual([]);
  });

  it('documents the CSV form of the reports as text/csv', () => {
    for (const report of ['/v1/reports/quota', '/v1/reports/broken-accounts']) {
      const ok = (document.paths?.[report] as { get: OperationObject }).get.responses?.[
        '200'
      ] as ResponseObject;
      expect(Object.keys(ok.content ?? {})).toEqual(['application/json', 'text/csv']);
    }
  });

  it(
    'passes `redocly lint` (recommended rules) with no error, warning only of the public routes without a 4xx',
    async () => {
      const lint = await redoclyLint(document);
      const errors = lint.problems.filter((problem) => problem.severity === 'error');
      expect(errors).toEqual([]);
      expect(lint.totals.errors).toBe(0);
      // The one warning left: the public routes answer no 4xx at all (no token needed, no input, no rate limit).
      const warnings = lint.problems
        .filter((problem) => problem.severity === 'warn')
        .map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer ?? ''}`);
      expect(warnings.sort()).toEqual([
        'operation-4xx-response #/paths/~1health/get/responses',
        'operation-4xx-response #/paths/~1metrics/get/responses',
      ]);
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );

  it(
    `is what the committed generated types say (${path.relative(REPOSITORY, GENERATED_API_TYPES)}; else run \`npm run generate:api\`)`,
    async () => {
      const regenerated = await apiTypesRenderedApart(document);
      expect(committedApiTypes()).toBe(regenerated);
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});
