/**
 * `node -r @swc-node/register bench/profile-http.ts <ledger|ledger-eventstoredb|trivial|bare> [seconds] [out]`: the
 * commands benchmark's load (bench/suites/commands/load.worker.ts, in its own process) against one
 * app in this process, with V8's CPU profiler on for the load. Writes `<out>.cpuprofile` (open it
 * in Chrome's DevTools) and `<out>.svg` (a flame graph), and prints the throughput and the self
 * time by layer. How bench/PROFILE-http.md was made. Not a test: nothing asserts on time.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { parseLedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from '../apps/ledger-api/src/app.factory';
import { createBareFastifyApp } from './suites/commands/bare-fastify-app';
import type { LoadInput, LoadResult } from './suites/commands/load.worker';
import { createTrivialApp } from './suites/commands/trivial-app';
import { benchApiEnv } from './support/api-env';
import { BENCH_JWT_SECRET } from './support/bench-tokens';
import { runChild, startChild } from './support/child';
import { type CpuProfile, flameGraphSvg, functionShares, selfTimeByLayer } from './support/flame-graph';
import { parseOptions } from './support/options';
import { log, quietly } from './support/quiet';
import { formatMs, formatNumber } from './support/stats';
import { benchTempDir, removeAllTempDirs } from './support/temp-dir';

const TARGETS = ['ledger', 'ledger-eventstoredb', 'trivial', 'bare'] as const;
type Target = (typeof TARGETS)[number];

interface Served {
  readonly url: string;
  close(): Promise<unknown>;
}

/** The in-memory EventStoreDB protocol server of test/, in its own process (as the commands suite runs it). */
async function eventStoreDbEnv(): Promise<{ env: NodeJS.ProcessEnv; stop: () => Promise<void> }> {
  const server = await startChild<object, { url: string }>(
    path.join(__dirname, 'support/eventstoredb-server.worker.ts'),
    {},
  );
  return { env: { LEDGER_EVENTSTORE_URL: server.value.url }, stop: () => server.stop() };
}

async function serve(target: Target): Promise<Served> {
  const options = parseOptions([]);
  const esdb = target === 'ledger-eventstoredb' ? await eventStoreDbEnv() : null;
  const app =
    target === 'ledger' || target === 'ledger-eventstoredb'
      ? await quietly(() =>
          createLedgerApp(
            parseLedgerConfig({ ...benchApiEnv(options, benchTempDir('profile')), ...(esdb?.env ?? {}) }),
          ),
        )
      : target === 'trivial'
        ? await quietly(() => createTrivialApp(BENCH_JWT_SECRET, 65_536))
        : null;
  if (app !== null) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.getHttpServer().address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: async () => {
        await app.close();
        await esdb?.stop();
      },
    };
  }
  const bare = await createBareFastifyApp(65_536);
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const { port } = bare.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => bare.close() };
}

async function main(): Promise<void> {
  const [targetArg = 'ledger', secondsArg = '10', outArg] = process.argv.slice(2);
  if (!(TARGETS as readonly string[]).includes(targetArg))
    throw new Error(`target: one of ${TARGETS.join(', ')}`);
  const target = targetArg as Target;
  const out = path.resolve(outArg ?? `profile-${target}`);
  const served = await serve(target);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  let result: LoadResult;
  let cpuAtStart = process.cpuUsage();
  let cpu = cpuAtStart;
  try {
    // The profile covers the measured load only, from the end of the worker's seeding (its warm-up).
    const started = (note: string): void => {
      if (note !== 'seeded') return;
      cpuAtStart = process.cpuUsage();
      void session.post('Profiler.start');
    };
    result = await runChild<LoadInput, LoadResult>(
      path.join(__dirname, 'suites/commands/load.worker.ts'),
      {
        url: served.url,
        target: target.startsWith('ledger') ? 'ledger' : 'trivial',
        connections: 50,
        durationSeconds: Number(secondsArg),
        tenants: 1000,
        secret: BENCH_JWT_SECRET,
      },
      [],
      started,
    );
  } finally {
    cpu = process.cpuUsage(cpuAtStart);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await served.close();
    removeAllTempDirs();
    fs.writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));
    fs.writeFileSync(
      `${out}.svg`,
      flameGraphSvg(
        profile as CpuProfile,
        `${target}: CPU of the API process under the commands load (50 connections)`,
      ),
    );
    for (const { layer, share } of selfTimeByLayer(profile as CpuProfile))
      if (share >= 0.005) log(`${(share * 100).toFixed(1).padStart(5)} %  ${layer}`);
    log('the functions with the most time of their own (self, inclusive):');
    for (const { name, self, inclusive } of functionShares(profile as CpuProfile)
      .sort((a, b) => b.self - a.self)
      .slice(0, 20))
      log(`${(self * 100).toFixed(1).padStart(5)} % ${(inclusive * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
  // CPU time of this process per answered request: steadier than requests/s on a shared machine.
  const answered = result.ok + result.non2xx;
  const perRequestUs = (cpu.user + cpu.system) / Math.max(1, answered);
  log(
    `${target}: ${formatNumber(perRequestUs)} µs CPU per request (user+system, ${formatNumber(answered)} answered); ` +
      `${formatNumber(result.perSecond)}/s, p50 ${formatMs(result.p50)} ms, p99 ${formatMs(result.p99)} ms, ` +
      `${JSON.stringify(result.statusCodes)}; profile ${out}.cpuprofile, flame graph ${out}.svg`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
