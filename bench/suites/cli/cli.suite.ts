import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { openConfiguredEventStore, parseLedgerConfig } from '@ledger/runtime';
import { benchApiEnv } from '../../support/api-env';
import { startBenchApi } from '../../support/bench-api';
import { globalAdminToken } from '../../support/bench-tokens';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatMs, median } from '../../support/stats';
import { benchTempDir } from '../../support/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const LEDGER = path.join(ROOT, 'bin', 'ledger.js');
/** Issue 17: `ledger --help` answers within half a second, measured with the built program. */
const HELP_TARGET_MS = 500;
const DEMO_TENANTS = 10;
const DEMO_EVENTS = 5_000;

/**
 * Milliseconds of one whole process, from its start to its exit; it must succeed. Asynchronous:
 * the API it may call runs on this process's event loop.
 */
async function timed(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (status !== 0) throw new Error(`${args.join(' ')} exited ${status}: ${stderr}`);
  return ms;
}

/** The median of `repeat` runs, one after another, after one that is not counted (the build, the disk cache). */
async function medianMs(repeat: number, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<number> {
  await timed(args, env);
  const runs: number[] = [];
  for (let run = 0; run < repeat; run += 1) runs.push(await timed(args, env));
  return median(runs);
}

async function eventsIn(dataDir: string): Promise<number> {
  const store = openConfiguredEventStore(parseLedgerConfig({ LEDGER_DATA_DIR: dataDir }));
  let count = 0;
  try {
    for await (const _ of store.readAll()) count += 1;
  } finally {
    await store.close();
  }
  return count;
}

/**
 * The command line as a script calls it: `ledger --help` through bin/ledger.js (the built program,
 * built once beforehand), against a bare `node -e 0` in the same run; then one `history` page read
 * through each backend — the store here, and a running API (`--api`) — against the same demo ledger.
 */
export async function cliSuite(options: BenchOptions): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const repeat = options.quick ? 5 : 11;
  log('cli: building the command line if its sources changed…');
  await timed([LEDGER, '--help']);
  const node = await medianMs(repeat, ['-e', '0']);
  const help = await medianMs(repeat, [LEDGER, '--help']);

  const dataDir = benchTempDir('cli');
  const env = benchApiEnv(options, dataDir) as Record<string, string>;
  await timed([LEDGER, 'demo', '--tenants', String(DEMO_TENANTS), '--events', String(DEMO_EVENTS)], env);
  const tenant = JSON.parse(
    spawnSync(process.execPath, [LEDGER, 'report', 'quota', '--format', 'json', '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    }).stdout,
  ) as { tenants: { tenantId: string }[] };
  const tenantId = tenant.tenants[0]!.tenantId;
  const history = [LEDGER, 'history', tenantId, '--limit', '100', '--format', 'json', '--quiet'];
  const local = await medianMs(repeat, history, env);

  const { app, url } = await startBenchApi(options, dataDir, BigInt(await eventsIn(dataDir)));
  let api: number;
  try {
    api = await medianMs(repeat, history, { ...env, LEDGER_API_URL: url, LEDGER_TOKEN: globalAdminToken() });
  } finally {
    await app.close();
  }

  const rows: ResultRow[] = [
    {
      figure: '`ledger --help` (bin/ledger.js, built)',
      value: formatMs(help),
      ceiling: `${formatMs(node)} \`node -e 0\``,
      ratio: `${(help / node).toFixed(2)}×`,
      target: `≤ ${HELP_TARGET_MS} ms`,
      met: help <= HELP_TARGET_MS,
    },
    {
      figure: '`ledger history` (100 events), the store here',
      value: formatMs(local),
      ceiling: `${formatMs(help)} \`--help\``,
      ratio: `${(local / help).toFixed(2)}×`,
      target: '—',
      met: null,
    },
    {
      figure: '`ledger history` (100 events), `--api`',
      value: formatMs(api),
      ceiling: `${formatMs(help)} \`--help\``,
      ratio: `${(api / help).toFixed(2)}×`,
      target: '—',
      met: null,
    },
  ];
  return {
    rows,
    notes: [
      `cli: medians of ${repeat} whole processes each; demo ledger of ${DEMO_TENANTS} tenants, ${DEMO_EVENTS} events`,
    ],
  };
}
