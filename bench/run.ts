/**
 * `npm run bench`: how fast the ledger is, against its own ceilings, in one run (issue 5).
 * Prints one table and appends it, with the machine and the load, to bench/RESULTS.md.
 * Not a test: nothing here asserts on time.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { appendSuite } from './suites/append/append.suite';
import { auditSuite } from './suites/audit/audit.suite';
import { cliSuite } from './suites/cli/cli.suite';
import { commandsSuite } from './suites/commands/commands.suite';
import { eventLoopSuite } from './suites/event-loop/event-loop.suite';
import { importSuite } from './suites/import/import.suite';
import { memorySuite } from './suites/memory/memory.suite';
import { replaySuite } from './suites/replay/replay.suite';
import { reportsSuite } from './suites/reports/reports.suite';
import { storageSuite } from './suites/storage/storage.suite';
import { buildLedgerFixture, type LedgerFixture } from './fixtures/ledger-fixture';
import { loadAverage, machineInfo } from './support/machine';
import { parseOptions, runs, type BenchOptions } from './support/options';
import { log } from './support/quiet';
import { appendReport, renderReport, renderTable, type ResultRow } from './support/report';
import { formatNumber } from './support/stats';
import { benchTempDir, fileSizeMiB, removeAllTempDirs } from './support/temp-dir';

interface SuiteOutput {
  readonly rows: ResultRow[];
  readonly notes: string[];
}

function revision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty === '' ? head : `${head} + uncommitted changes`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main(options: BenchOptions): Promise<void> {
  const startedAt = new Date();
  const loadBefore = loadAverage();
  const rows: ResultRow[] = [];
  const notes: string[] = [];
  const collect = async (name: string, suite: () => Promise<SuiteOutput>): Promise<void> => {
    log(`${name}…`);
    const started = Date.now();
    const output = await suite();
    rows.push(...output.rows);
    notes.push(...output.notes);
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  if (runs(options, 'commands')) await collect('commands over HTTP', () => commandsSuite(options));
  if (runs(options, 'commands-eventstoredb'))
    await collect('commands over HTTP, EventStoreDB adapter', () => commandsSuite(options, 'eventstoredb'));
  if (runs(options, 'append')) await collect('append path', () => appendSuite(options));
  if (runs(options, 'import'))
    await collect('import, reconcile and audit replay', () => importSuite(options));
  if (runs(options, 'cli')) await collect('command line', () => cliSuite(options));

  // Replay, audit, memory, reports, storage and the event loop share one generated ledger, built once through the store.
  if (
    runs(options, 'replay') ||
    runs(options, 'audit') ||
    runs(options, 'memory') ||
    runs(options, 'reports') ||
    runs(options, 'storage') ||
    runs(options, 'eventloop')
  ) {
    log('building the ledger fixture…');
    const fixture: LedgerFixture = await buildLedgerFixture(
      options.storeDir ?? benchTempDir('ledger'),
      options.store,
    );
    notes.push(
      `store: ${formatNumber(fixture.events)} events over ${formatNumber(fixture.tenantIds.length)} tenants ` +
        `(audit on the ${fixture.bigTenants.length} largest, ${fixture.bigTenants.map((big) => formatNumber(big.events)).join(', ')} events), ` +
        `${fileSizeMiB(fixture.storeFile).toFixed(0)} MiB, written by the CLI's writeDemoLedger through the store in ${fixture.buildSeconds.toFixed(0)} s`,
    );
    if (runs(options, 'replay')) await collect('replay', () => replaySuite(options, fixture));
    if (runs(options, 'audit')) await collect('audit', () => auditSuite(options, fixture));
    if (runs(options, 'memory')) await collect('memory', () => memorySuite(options, fixture));
    if (runs(options, 'reports')) await collect('reports', () => reportsSuite(options, fixture));
    // After replay, which builds the projections it measures (it builds them itself otherwise).
    if (runs(options, 'storage')) await collect('storage', () => storageSuite(fixture));
    // Last: it adds a long tenant to the fixture's log.
    if (runs(options, 'eventloop')) await collect('event loop', () => eventLoopSuite(options, fixture));
  }

  const report = renderReport({
    startedAt,
    mode: options.quick ? 'quick run (`--quick`)' : 'full run',
    machine: machineInfo(),
    loadBefore,
    loadAfter: loadAverage(),
    rows,
    notes: [...notes, `whole run: ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`],
    note: options.note,
    revision: revision(),
  });
  process.stdout.write(`\n${renderTable(rows)}\n\n`);
  if (options.resultsFile !== null) {
    const file = path.resolve(options.resultsFile);
    appendReport(file, report);
    log(`appended to ${path.relative(process.cwd(), file)}`);
  }
}

let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
main(options)
  .catch((error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  })
  .finally(removeAllTempDirs);
