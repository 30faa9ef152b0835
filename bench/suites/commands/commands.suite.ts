import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Server } from 'node:http';
import { parseLedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from '../../../apps/ledger-api/src/app.factory';
import { benchApiEnv } from '../../support/api-env';
import { BENCH_JWT_SECRET } from '../../support/bench-tokens';
import { runChild, startChild } from '../../support/child';
import type { BenchOptions } from '../../support/options';
import { log, quietly } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatMs, formatNumber, formatPercent, medianRun } from '../../support/stats';
import { benchTempDir, removeTempDir } from '../../support/temp-dir';
import { createBareFastifyApp } from './bare-fastify-app';
import type { LoadInput, LoadResult } from './load.worker';
import { createTrivialApp } from './trivial-app';

const WORKER = path.join(__dirname, 'load.worker.ts');
const EVENTSTOREDB_SERVER = path.join(__dirname, '../../support/eventstoredb-server.worker.ts');
const BODY_LIMIT_BYTES = 65_536;
const SETTLE_BEFORE_CLOSE_MS = 1_000;

/** Which store the benchmarked API writes to. */
export type CommandsStore = 'embedded' | 'eventstoredb';

interface Listening {
  readonly listen: (options: { port: number; host: string }) => Promise<unknown>;
  readonly close: () => Promise<unknown>;
  readonly server: Server;
}

/** Listens on a free port, loads it from a child process, closes it. */
async function loadAgainst(
  options: BenchOptions,
  target: LoadInput['target'],
  app: Listening,
): Promise<LoadResult> {
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return await runChild<LoadInput, LoadResult>(WORKER, {
      url: `http://127.0.0.1:${port}`,
      target,
      connections: options.http.connections,
      durationSeconds: options.http.durationSeconds,
      tenants: options.http.tenants,
      secret: BENCH_JWT_SECRET,
    });
  } finally {
    // autocannon stops at its deadline with requests in flight; the API finishes them before it
    // closes, or closing the store cancels their appends (logged as errors by the EventStoreDB adapter).
    await new Promise((resolve) => setTimeout(resolve, SETTLE_BEFORE_CLOSE_MS));
    await app.close();
  }
}

/**
 * The real API on a fresh store: the embedded file (synchronous=FULL: every acknowledged write is
 * on disk), or the EventStoreDB adapter talking gRPC to the in-memory protocol server of test/ in
 * another process (it measures the adapter and gRPC, not an EventStoreDB node).
 */
async function measureLedger(options: BenchOptions, store: CommandsStore): Promise<LoadResult> {
  const dir = benchTempDir('http');
  const server =
    store === 'eventstoredb' ? await startChild<object, { url: string }>(EVENTSTOREDB_SERVER, {}) : null;
  try {
    const env = {
      ...benchApiEnv(options, dir),
      ...(server === null ? {} : { LEDGER_EVENTSTORE_URL: server.value.url }),
    };
    const app = await quietly(() => createLedgerApp(parseLedgerConfig(env)));
    return await loadAgainst(options, 'ledger', {
      listen: (o) => app.listen(o),
      close: () => app.close(),
      server: app.getHttpServer(),
    });
  } finally {
    await server?.stop();
    removeTempDir(dir);
  }
}

async function measureTrivial(options: BenchOptions): Promise<LoadResult> {
  const app = await quietly(() => createTrivialApp(BENCH_JWT_SECRET, BODY_LIMIT_BYTES));
  return loadAgainst(options, 'trivial', {
    listen: (o) => app.listen(o),
    close: () => app.close(),
    server: app.getHttpServer(),
  });
}

async function measureBareFastify(options: BenchOptions): Promise<LoadResult> {
  const app = await createBareFastifyApp(BODY_LIMIT_BYTES);
  return loadAgainst(options, 'trivial', {
    listen: (o) => app.listen(o),
    close: () => app.close(),
    server: app.server,
  });
}

function describe(result: LoadResult): string {
  const codes = Object.entries(result.statusCodes)
    .map(([code, count]) => `${code}×${count}`)
    .join(', ');
  return `${formatNumber(result.perSecond)}/s, p50 ${formatMs(result.p50)} ms, p99 ${formatMs(result.p99)} ms (${codes}; ${result.errors} socket errors)`;
}

const STORE_NAMES: Record<CommandsStore, string> = {
  embedded: 'durable, embedded store',
  eventstoredb:
    'EventStoreDB adapter on the in-memory gRPC test server of test/ (measures the adapter and gRPC, not a node)',
};

interface RunOfCommands {
  readonly ledger: LoadResult;
  readonly trivial: LoadResult;
  /** Measured by the embedded run only: the trivial route's own ceiling. */
  readonly bare: LoadResult | null;
}

/**
 * Issue 18's commands targets, each a ratio in the same run: commands ≥ 50 % of the trivial
 * authenticated route with p99 ≤ 20 ms at 50 connections, and the trivial route ≥ 60 % of
 * Fastify alone. The EventStoreDB variant has the same rows, its own ceiling, and no bare row.
 */
export async function commandsSuite(
  options: BenchOptions,
  store: CommandsStore = 'embedded',
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  // Ledger and ceilings alternate, so all see the same background load.
  const runsOf = await medianRun<RunOfCommands>(
    options.repeat,
    async (index) => {
      const ledger = await measureLedger(options, store);
      log(`  commands (${store}) run ${index + 1}: ledger ${describe(ledger)}`);
      const trivial = await measureTrivial(options);
      log(`  commands (${store}) run ${index + 1}: trivial ${describe(trivial)}`);
      const bare = store === 'embedded' ? await measureBareFastify(options) : null;
      if (bare !== null) log(`  commands (${store}) run ${index + 1}: bare Fastify ${describe(bare)}`);
      return { ledger, trivial, bare };
    },
    (run) => run.ledger.perSecond,
  );
  const { ledger, trivial, bare } = runsOf.result;
  const ratio = ledger.perSecond / trivial.perSecond;
  const suffix = store === 'embedded' ? '' : ', EventStoreDB adapter (in-memory gRPC test server)';
  const rows: ResultRow[] = [
    {
      figure: `commands/s over HTTP (mixed writes, ${STORE_NAMES[store]})`,
      value: formatNumber(ledger.perSecond),
      ceiling: `${formatNumber(trivial.perSecond)}/s trivial authenticated route`,
      ratio: formatPercent(ratio),
      target: '≥ 50 %',
      met: ratio >= 0.5,
    },
    {
      figure: `command latency p50 / p99, ${options.http.connections} connections${suffix}`,
      value: `${formatMs(ledger.p50)} / ${formatMs(ledger.p99)} ms`,
      ceiling: `${formatMs(trivial.p50)} / ${formatMs(trivial.p99)} ms trivial route`,
      // How many times the trivial route's tail a command's tail is.
      ratio: `${(ledger.p99 / trivial.p99).toFixed(1)}× (p99)`,
      target: 'p99 ≤ 20 ms',
      met: ledger.p99 <= 20,
    },
  ];
  if (bare !== null) {
    const stackRatio = trivial.perSecond / bare.perSecond;
    rows.push({
      figure: 'trivial authenticated route (Nest, guards, token, pipe, filter) requests/s',
      value: formatNumber(trivial.perSecond),
      ceiling: `${formatNumber(bare.perSecond)}/s bare Fastify route answering a constant`,
      ratio: formatPercent(stackRatio),
      target: '≥ 60 %',
      met: stackRatio >= 0.6,
    });
  }
  const all = runsOf.all
    .map(
      (run) =>
        `${formatNumber(run.ledger.perSecond)} vs ${formatNumber(run.trivial.perSecond)}` +
        (run.bare === null ? '' : ` vs ${formatNumber(run.bare.perSecond)}`),
    )
    .join('; ');
  const notes = [
    `commands (${store}): ${options.http.connections} connections, ${options.http.tenants} tenants, ${options.http.durationSeconds} s per run after seeding tenant i with i mod 6 steps (the warm-up), median of ${options.repeat} run(s) by commands/s; ` +
      `ledger answers ${JSON.stringify(ledger.statusCodes)}, ${ledger.errors} socket errors; all runs (ledger vs trivial${bare === null ? '' : ' vs bare Fastify'}): ${all}`,
  ];
  return { rows, notes };
}
