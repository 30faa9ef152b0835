import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parseLedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from '../../../apps/ledger-api/src/app.factory';
import { benchApiEnv } from '../../support/api-env';
import { BENCH_JWT_SECRET } from '../../support/bench-tokens';
import { runChild } from '../../support/child';
import type { BenchOptions } from '../../support/options';
import { log, quietly } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatMs, formatNumber, formatPercent, medianRun } from '../../support/stats';
import { benchTempDir, removeTempDir } from '../../support/temp-dir';
import type { LoadInput, LoadResult } from './load.worker';
import { createTrivialApp } from './trivial-app';

const WORKER = path.join(__dirname, 'load.worker.ts');

async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

async function loadAgainst(
  options: BenchOptions,
  target: LoadInput['target'],
  url: string,
): Promise<LoadResult> {
  return runChild<LoadInput, LoadResult>(WORKER, {
    url,
    target,
    connections: options.http.connections,
    durationSeconds: options.http.durationSeconds,
    tenants: options.http.tenants,
    secret: BENCH_JWT_SECRET,
  });
}

/** The real API on a fresh embedded store (synchronous=FULL: every acknowledged write is on disk). */
async function measureLedger(options: BenchOptions): Promise<LoadResult> {
  const dir = benchTempDir('http');
  const app = await quietly(() => createLedgerApp(parseLedgerConfig(benchApiEnv(options, dir))));
  try {
    return await loadAgainst(options, 'ledger', await listen(app));
  } finally {
    await app.close();
    removeTempDir(dir);
  }
}

async function measureTrivial(options: BenchOptions): Promise<LoadResult> {
  const app = await quietly(() => createTrivialApp(BENCH_JWT_SECRET, 65_536));
  try {
    return await loadAgainst(options, 'trivial', await listen(app));
  } finally {
    await app.close();
  }
}

function describe(result: LoadResult): string {
  const codes = Object.entries(result.statusCodes)
    .map(([code, count]) => `${code}×${count}`)
    .join(', ');
  return `${formatNumber(result.perSecond)}/s, p50 ${formatMs(result.p50)} ms, p99 ${formatMs(result.p99)} ms (${codes}; ${result.errors} socket errors)`;
}

export async function commandsSuite(options: BenchOptions): Promise<{ rows: ResultRow[]; notes: string[] }> {
  // Ledger and ceiling alternate, so both see the same background load.
  const pairs = await medianRun(
    options.repeat,
    async (index) => {
      const ledger = await measureLedger(options);
      log(`  commands run ${index + 1}: ledger ${describe(ledger)}`);
      const trivial = await measureTrivial(options);
      log(`  commands run ${index + 1}: trivial ${describe(trivial)}`);
      return { ledger, trivial };
    },
    (pair) => pair.ledger.perSecond,
  );
  const { ledger, trivial } = pairs.result;
  const ratio = ledger.perSecond / trivial.perSecond;
  const rows: ResultRow[] = [
    {
      figure: 'commands/s over HTTP (mixed writes, durable)',
      value: formatNumber(ledger.perSecond),
      ceiling: `${formatNumber(trivial.perSecond)}/s trivial authenticated route`,
      ratio: formatPercent(ratio),
      target: '≥ 5,000/s and ≥ 40 %',
      met: ledger.perSecond >= 5000 && ratio >= 0.4,
    },
    {
      figure: 'command latency p50 / p99',
      value: `${formatMs(ledger.p50)} / ${formatMs(ledger.p99)} ms`,
      ceiling: `${formatMs(trivial.p50)} / ${formatMs(trivial.p99)} ms trivial route`,
      // How many times the trivial route's tail a command's tail is.
      ratio: `${(ledger.p99 / trivial.p99).toFixed(1)}× (p99)`,
      target: 'p99 ≤ 20 ms',
      met: ledger.p99 <= 20,
    },
  ];
  const notes = [
    `commands: ${options.http.connections} connections, ${options.http.tenants} tenants, ${options.http.durationSeconds} s per run after seeding tenant i with i mod 6 steps (the warm-up), median of ${options.repeat} run(s) by commands/s; ` +
      `ledger answers ${JSON.stringify(ledger.statusCodes)}, ${ledger.errors} socket errors; all runs: ` +
      pairs.all
        .map((pair) => `${formatNumber(pair.ledger.perSecond)} vs ${formatNumber(pair.trivial.perSecond)}`)
        .join('; '),
  ];
  return { rows, notes };
}
