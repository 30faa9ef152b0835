// Two projects: `unit` (pure, no I/O beyond temp files) and `e2e` (real HTTP on a temp SQLite file).
const fs = require('node:fs');
const swcConfig = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;

/** The bound on one end-to-end test or hook, set by this file (Jest takes no `testTimeout` per project). */
const E2E_TIMEOUT = '<rootDir>/test/support/e2e-timeout.setup.ts';

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|m?js)$': ['@swc/jest', swcConfig] },
  // A few runtime dependencies ship only ES modules; Jest (on Node 20) needs them compiled to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@ledger/(licensing|event-store|projections|runtime)$': '<rootDir>/libs/$1/src',
    '^@ledger/(licensing|event-store|projections|runtime)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.unit.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: [E2E_TIMEOUT],
    },
    {
      // The API's end-to-end suites again, with the EventStoreDB adapter talking gRPC to the
      // in-memory test server (test/eventstoredb-test-server). The console, CLI, backup and hardening
      // suites exercise the embedded deployment and run once, above.
      ...shared,
      displayName: 'e2e-eventstoredb',
      setupFilesAfterEnv: [E2E_TIMEOUT],
      testMatch: ['<rootDir>/test/*.e2e-spec.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '/test/console\\.e2e-spec\\.ts$',
        '/test/console-reports.*\\.e2e-spec\\.ts$',
        '/test/console-daily-path\\.e2e-spec\\.ts$',
        '/test/cli\\.e2e-spec\\.ts$',
        '/test/backup\\.e2e-spec\\.ts$',
        '/test/store-unavailable\\.e2e-spec\\.ts$',
      ],
      setupFiles: ['<rootDir>/test/support/on-eventstoredb.setup.ts'],
    },
  ],
};
