import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The layering of eslint.config.mjs, proved rule by rule: an import that crosses a layer is reported,
 * the same file's allowed imports are not. Paths need not exist: ESLint lints the text as if it lived there.
 * ESLint loads its flat config with a dynamic import(), which Jest's module sandbox refuses, so the
 * cases are linted by ESLint's Node API in a child process, all at once.
 */
const root = join(__dirname, '..', '..');

interface LintCase {
  readonly filePath: string;
  readonly importLine: string;
}

const cases: { readonly lint: LintCase; readonly refused: boolean }[] = [];

const lintInChild = `
const { ESLint } = require('eslint');
const { join } = require('node:path');
(async () => {
  const [root, cases] = JSON.parse(process.argv[1]);
  const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.mjs') });
  const answers = [];
  for (const { filePath, importLine } of cases) {
    const [result] = await eslint.lintText(importLine + '\\nexport const used = imported;\\n', { filePath: join(root, filePath) });
    answers.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(answers));
})().catch((error) => { console.error(error); process.exit(1); });
`;

/** The messages of `no-restricted-imports` for each case, in order. */
async function restrictionsOf(lintCases: readonly LintCase[]): Promise<string[][]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-e', lintInChild, JSON.stringify([root, lintCases])],
    { cwd: root },
  );
  return JSON.parse(stdout) as string[][];
}

let answers: string[][] = [];
beforeAll(async () => {
  answers = await restrictionsOf(cases.map(({ lint }) => lint));
}, 60_000);

function expectation(filePath: string, importLine: string, refused: boolean): void {
  const index = cases.push({ lint: { filePath, importLine }, refused }) - 1;
  it(`${filePath}: ${refused ? 'refuses' : 'allows'} ${importLine}`, () => {
    if (refused) expect(answers[index]).not.toEqual([]);
    else expect(answers[index]).toEqual([]);
  });
}
const refused = (filePath: string, importLine: string) => expectation(filePath, importLine, true);
const allowed = (filePath: string, importLine: string) => expectation(filePath, importLine, false);

describe('Layering (eslint.config.mjs)', () => {
  describe('the domain, libs/licensing/src, is pure', () => {
    const domain = 'libs/licensing/src/purchases/purchase.ts';
    refused(domain, "import { Injectable as imported } from '@nestjs/common';");
    refused(domain, "import { readFileSync as imported } from 'node:fs';");
    refused(domain, "import { readFile as imported } from 'fs/promises';");
    refused(domain, "import { createServer as imported } from 'node:net';");
    refused(domain, "import { request as imported } from 'node:http';");
    refused(domain, "import { spawn as imported } from 'node:child_process';");
    refused(domain, "import { Worker as imported } from 'node:worker_threads';");
    refused(domain, "import imported from 'better-sqlite3';");
    refused(domain, "import { EventStoreDBClient as imported } from '@eventstore/db-client';");
    refused(domain, "import { EventStore as imported } from '@ledger/event-store';");
    refused(domain, "import { runCatchUp as imported } from '@ledger/projections/catch-up';");
    refused(domain, "import { loadConfig as imported } from '@ledger/runtime';");
    refused(domain, "import { EventStore as imported } from '../../../event-store/src/event-store';");
    refused(domain, "import { AppModule as imported } from '../../../../apps/ledger-api/src/app.module';");
    refused(domain, "import { tenantClient as imported } from '../../../../test/support/tenant-client';");
    refused(domain, "import imported from 'fast-check';");
    allowed(domain, "import { SKU_CATALOG as imported } from '../catalogue/skus';");
    allowed(domain, "import { evolve as imported } from './evolve';");
  });

  describe("the domain's specs and testing/ helpers may use test tools, nothing else", () => {
    allowed('libs/licensing/src/testing/command-arbitraries.ts', "import imported from 'fast-check';");
    allowed(
      'libs/licensing/src/testing/given-when-then.ts',
      "import { deepStrictEqual as imported } from 'node:assert/strict';",
    );
    allowed('libs/licensing/src/purchases/purchase.spec.ts', "import imported from 'fast-check';");
    refused(
      'libs/licensing/src/testing/command-arbitraries.ts',
      "import { Test as imported } from '@nestjs/testing';",
    );
    refused(
      'libs/licensing/src/purchases/purchase.spec.ts',
      "import { mkdtempSync as imported } from 'node:fs';",
    );
    refused(
      'libs/licensing/src/purchases/purchase.spec.ts',
      "import { openEventStore as imported } from '@ledger/event-store';",
    );
  });

  describe("libs never import apps nor the tests (specs beside a lib may use test/ tooling, not the domain's)", () => {
    for (const lib of [
      'libs/projections/src/views/quota.ts',
      'libs/runtime/src/config.ts',
      'libs/event-store/src/embedded/store.ts',
    ]) {
      refused(lib, "import { AppModule as imported } from '../../../../apps/ledger-api/src/app.module';");
      refused(lib, "import { AppModule as imported } from 'apps/ledger-api/src/app.module';");
      refused(lib, "import { tenantClient as imported } from '../../../../test/support/tenant-client';");
    }
    allowed(
      'libs/projections/src/views/quota.ts',
      "import { quotaOf as imported } from '@ledger/licensing';",
    );
    allowed('libs/runtime/src/config.ts', "import { readFileSync as imported } from 'node:fs';");
    allowed(
      'libs/event-store/src/contract/event-store-contract.spec.ts',
      "import { contract as imported } from '../../test/contract';",
    );
    allowed(
      'libs/event-store/src/eventstoredb/eventstoredb-event-store.spec.ts',
      "import { startEventStoreDbTestServer as imported } from '../../../../test/eventstoredb-test-server';",
    );
    refused(
      'libs/event-store/src/eventstoredb/eventstoredb-event-store.spec.ts',
      "import { AppModule as imported } from '../../../../apps/ledger-api/src/app.module';",
    );
    refused(
      'libs/event-store/src/eventstoredb/eventstoredb-event-store.spec.ts',
      "import { LedgerEvent as imported } from '@ledger/licensing';",
    );
    refused(
      'libs/licensing/src/purchases/purchase.spec.ts',
      "import { tenantClient as imported } from '../../../../test/support/tenant-client';",
    );
  });

  describe('libs/event-store knows neither the licensing rules nor the views', () => {
    const store = 'libs/event-store/src/embedded/store.ts';
    refused(store, "import { LedgerEvent as imported } from '@ledger/licensing';");
    refused(store, "import { decodeLedgerEvent as imported } from '@ledger/licensing/stored-event';");
    refused(store, "import { CatchUpRunner as imported } from '@ledger/projections';");
    refused(store, "import { LedgerEvent as imported } from '../../../licensing/src/events';");
    allowed(store, "import imported from 'better-sqlite3';");
    allowed(store, "import { EventStoreDBClient as imported } from '@eventstore/db-client';");
  });

  describe('the console imports no server code', () => {
    const component = 'apps/console/src/components/account-manager.tsx';
    refused(component, "import { SKU_CATALOG as imported } from '@ledger/licensing';");
    refused(component, "import { SKU_CATALOG as imported } from '../../../../libs/licensing/src/skus';");
    refused(
      component,
      "import { TenantWritesController as imported } from '../../../ledger-api/src/tenants/tenant-writes.controller';",
    );
    refused(component, "import { Controller as imported } from '@nestjs/common';");
    refused('apps/console/src/api/types.ts', "import { readFileSync as imported } from 'node:fs';");
    allowed(component, "import { SKU_NAMES as imported } from '../api/types';");
    allowed(component, "import { useState as imported } from 'preact/hooks';");
    allowed('apps/console/vite.config.ts', "import { fileURLToPath as imported } from 'node:url';");
  });
});
