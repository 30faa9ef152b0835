import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/*
 * The layering (drawn in docs/architecture.md, "Layers"), by folder so files may move inside a layer freely:
 *   apps/ledger-api, apps/ledger-cli  →  libs/projections, libs/runtime  →  libs/licensing (the pure domain)
 *                                                                       →  libs/event-store (stores events, knows not what they mean)
 *   apps/console talks to the API over HTTP only; nothing in libs/ imports apps/ or test/.
 * One `no-restricted-imports` per file: when two blocks match a file the later one's options replace
 * the earlier one's, so each block below lists every restriction of its layer (built from these pieces).
 * test/lint/layering.unit.spec.ts proves each restriction fires.
 */

/** Relative (`../../apps/…`) or baseUrl (`apps/…`) paths into the deployables. */
const apps = [{ regex: '^((\\.\\./)+)?apps(/|$)', message: 'A lib never imports an app: the dependency runs the other way.' }];

/** Paths into the test tree and the benchmarks. */
const testsAndBench = [
  // Three levels up at least: a lib may keep its own test/ or bench/ folder (libs/x/test/… from libs/x/src/…).
  { regex: '^((\\.\\./){3,})?(test|bench)(/|$)', message: 'A lib never imports the end-to-end tests or the benchmarks.' },
];
const appsAndTests = [...apps, ...testsAndBench];

/** Another lib, by alias or by a path climbing out of this one. */
function otherLibs(libs, message) {
  const names = libs.join('|');
  return [
    { regex: `^@ledger/(${names})(/|$)`, message },
    { regex: `^((\\.\\./)+|\\./)?(libs/)?(${names})(/|$)`, message },
  ];
}

/** Frameworks and I/O: what the pure domain must not know about. */
const frameworksAndIo = [
  { regex: '^@nestjs/', message: 'The domain is pure: no Nest (decorators and DI belong to apps/ledger-api).' },
  {
    regex: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|cluster|dgram|dns|tls|os|process|readline|stream|timers|perf_hooks)(/|$)',
    message: 'The domain is pure: no I/O, no clock, no process (time and ids come in).',
  },
  {
    regex: '^(better-sqlite3|pino|prom-client|rxjs)(/|$)|^@(eventstore|grpc)/',
    message: 'The domain is pure: storage, transport and logging live in libs/event-store, libs/runtime and the apps.',
  },
];

/** Test tools: the domain's production files never need them (its specs and testing/ folder do). */
const testTools = [
  {
    regex: '^(fast-check|@jest/globals|@nestjs/testing|node:assert(/strict)?|assert)$',
    message: 'Test tools belong in specs and libs/licensing/src/testing/, not in the domain.',
  },
];

const storeLibs = otherLibs(['licensing', 'projections'], 'libs/event-store stores events; it never imports libs/licensing or libs/projections.');

const domainMessage = 'The domain (libs/licensing) imports no other lib: everything depends on it, not the reverse.';

/** The server's code, from the browser: the console knows the API only through HTTP and the types generated from its OpenAPI document. */
const serverCode = [
  { regex: '^@ledger/', message: 'The console imports no server code: it talks to the API over HTTP, with the types of src/api/generated (npm run generate:api).' },
  {
    regex: '^((\\.\\./)+|\\./)?(libs|apps|test|bench|ledger-api|ledger-cli)(/|$)',
    message: 'The console imports no server code outside apps/console.',
  },
  { regex: '^(@nestjs/|better-sqlite3|@eventstore/|@grpc/|node:)', message: 'The console runs in the browser: no server packages, no Node modules.' },
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // No consistent-type-imports: Nest's dependency injection reads constructor parameter types
    // from decorator metadata, which needs value imports of those classes.
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Libs never import apps or tests. A spec beside a lib's source may use the shared test tooling
  // of test/ (the in-memory EventStoreDB server, the soak helpers), never an app.
  { files: ['libs/**/*.ts'], rules: restrict(appsAndTests) },
  { files: ['libs/**/*.spec.ts'], rules: restrict(apps) },
  // The store below the domain's users: it stores events, it does not know the licensing rules or the views.
  { files: ['libs/event-store/**/*.ts'], rules: restrict([...appsAndTests, ...storeLibs]) },
  { files: ['libs/event-store/**/*.spec.ts'], rules: restrict([...apps, ...storeLibs]) },
  // The domain is pure, its specs too (no test/ either); its specs and testing/ helpers may use test tools.
  {
    files: ['libs/licensing/src/**/*.ts'],
    rules: restrict([...appsAndTests, ...otherLibs(['event-store', 'projections', 'runtime'], domainMessage), ...frameworksAndIo]),
  },
  {
    files: ['libs/licensing/src/**/*.ts'],
    ignores: ['libs/licensing/src/**/*.spec.ts', 'libs/licensing/src/testing/**'],
    rules: restrict([...appsAndTests, ...otherLibs(['event-store', 'projections', 'runtime'], domainMessage), ...frameworksAndIo, ...testTools]),
  },
  // The console's browser code; its Vite config runs on Node and may import Node modules.
  { files: ['apps/console/src/**/*.{ts,tsx}'], rules: restrict(serverCode) },
);
