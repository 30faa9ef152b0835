import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeTenantExport } from '../../../test/fixtures/tenant-export/generate';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber, median, msSince } from '../../support/stats';
import { benchTempDir, removeTempDir } from '../../support/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
/** The command line as users start it (issue 17: built once, then run from its build). */
const LEDGER = path.join(ROOT, 'bin', 'ledger.js');
/** The target for each of the three runs. */
const TARGET_MS = 10_000;
const TENANT = 'bench-import';
/** The fixture's own audit records (seven changes and one exported twice), written before the bench's. */
const FIXTURE_AUDIT_ROWS = 8;

interface ProcessRun {
  readonly ms: number;
  readonly stdout: string;
}

/** The bench's environment with the embedded store in `dataDir` (never an EventStoreDB a shell may point at). */
function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LEDGER_DATA_DIR: dataDir };
  delete env.LEDGER_EVENTSTORE_URL;
  return env;
}

/** One whole process of the CLI, timed from spawn to exit; a failure stops the bench with its stderr. */
function ledger(dataDir: string, args: readonly string[]): Promise<ProcessRun> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [LEDGER, ...args],
      {
        cwd: ROOT,
        env: embeddedEnv(dataDir),
        maxBuffer: 256 * 2 ** 20,
      },
      (error, stdout, stderr) => {
        const ms = msSince(start);
        if (error !== null)
          reject(new Error(`ledger ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
        else resolve({ ms, stdout });
      },
    );
  });
}

interface Repeat {
  readonly importMs: number;
  readonly reconcileMs: number;
  readonly replayMs: number;
  readonly helpMs: number;
  readonly imported: string;
  readonly replayed: string;
}

/** One repeat on fresh ledgers: import into an empty one, then reconcile it; the audit replay into another. */
async function repeatOnce(exportDir: string, auditFile: string): Promise<Repeat> {
  const help = await ledger(benchTempDir('import-help'), ['--help']);
  const importDir = benchTempDir('import-ledger');
  const imported = await ledger(importDir, ['import', TENANT, '--from', exportDir]);
  const reconciled = await ledger(importDir, ['reconcile', TENANT, '--from', exportDir, '--format', 'json']);
  removeTempDir(importDir);
  const replayDir = benchTempDir('import-replay');
  const replayed = await ledger(replayDir, [
    'import-audit',
    TENANT,
    '--file',
    auditFile,
    '--from',
    exportDir,
  ]);
  removeTempDir(replayDir);
  return {
    importMs: imported.ms,
    reconcileMs: reconciled.ms,
    replayMs: replayed.ms,
    helpMs: help.ms,
    imported: imported.stdout.split('\n')[0],
    replayed: replayed.stdout.split('\n').slice(0, 2).join(' '),
  };
}

function row(figure: string, ms: readonly number[], helpMs: number): ResultRow {
  const value = median(ms);
  return {
    figure,
    value: `${(value / 1000).toFixed(2)} s`,
    ceiling: `${(helpMs / 1000).toFixed(2)} s: \`ledger --help\` (the process alone)`,
    ratio: `${(value / helpMs).toFixed(1)}×`,
    target: '≤ 10 s',
    met: value <= TARGET_MS,
  };
}

/**
 * Issue 15's speed: reconcile and import of a 10,000-user tenant export, and the replay of a
 * 100,000-record audit log, each ≤ 10 s, timed as whole processes of the built command line
 * (start-up, reading the files, folding the ledger, deciding, appending), the median of repeats.
 * The export is written by the fixtures' own generator, the same shape as the committed one.
 */
export async function importSuite(options: BenchOptions): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const { people, resourceAccounts, auditRecords } = options.import;
  const dir = benchTempDir('import-export');
  const exportDir = path.join(dir, 'export');
  const auditFile = path.join(dir, 'audit.csv');
  writeTenantExport(exportDir, auditFile, {
    people,
    moreResourceAccounts: resourceAccounts,
    moreAuditRecords: Math.max(0, auditRecords - FIXTURE_AUDIT_ROWS),
  });
  const exportMiB =
    fs.readdirSync(exportDir).reduce((sum, name) => sum + fs.statSync(path.join(exportDir, name)).size, 0) /
    2 ** 20;
  const auditMiB = fs.statSync(auditFile).size / 2 ** 20;
  // The first call builds the command line when its sources changed: never inside a timed run.
  await ledger(benchTempDir('import-build'), ['--help']);

  const repeats: Repeat[] = [];
  for (let index = 0; index < options.repeat; index += 1) {
    const repeat = await repeatOnce(exportDir, auditFile);
    log(
      `  import run ${index + 1}: import ${(repeat.importMs / 1000).toFixed(2)} s, reconcile ${(repeat.reconcileMs / 1000).toFixed(2)} s, ` +
        `audit replay ${(repeat.replayMs / 1000).toFixed(2)} s`,
    );
    repeats.push(repeat);
  }
  removeTempDir(dir);
  const helpMs = median(repeats.map((repeat) => repeat.helpMs));
  const all = (key: 'importMs' | 'reconcileMs' | 'replayMs'): string =>
    repeats.map((repeat) => (repeat[key] / 1000).toFixed(2)).join(', ');
  const accounts = formatNumber(people + 8 + resourceAccounts);
  return {
    rows: [
      row(
        `import: \`ledger import\` of a ${formatNumber(people)}-user tenant export into an empty ledger`,
        repeats.map((repeat) => repeat.importMs),
        helpMs,
      ),
      row(
        `reconcile: \`ledger reconcile --format json\` of that export against the ledger holding it`,
        repeats.map((repeat) => repeat.reconcileMs),
        helpMs,
      ),
      row(
        `audit replay: \`ledger import-audit\` of ${formatNumber(auditRecords)} audit records into an empty ledger`,
        repeats.map((repeat) => repeat.replayMs),
        helpMs,
      ),
    ],
    notes: [
      `import: ${accounts} accounts (${formatNumber(resourceAccounts + 8)} resource accounts), export ${exportMiB.toFixed(1)} MiB, ` +
        `audit log ${auditMiB.toFixed(1)} MiB, written by test/fixtures/tenant-export/generate.ts; whole processes of bin/ledger.js on the embedded store, ` +
        `median of ${options.repeat}; all runs: import ${all('importMs')} s, reconcile ${all('reconcileMs')} s, audit replay ${all('replayMs')} s`,
      `import: ${repeats[0].imported}`,
      `import: ${repeats[0].replayed}`,
    ],
  };
}
