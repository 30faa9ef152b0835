/**
 * `node -r @swc-node/register bench/profile-rebuild.ts <data-dir> [out]`: a rebuild of every
 * projection from the ledger in `<data-dir>` (a `--store-dir` of `npm run bench`, or a
 * LEDGER_DATA_DIR), opened as the API opens it (sealed personal data), into a fresh projection
 * file, with V8's CPU profiler on for the rebuild. Writes `<out>.cpuprofile` (open it in Chrome's
 * DevTools) and `<out>.svg` (a flame graph), and prints the self time by layer, the functions that
 * take the most of it, and the stalls of the event loop: every stretch over 50 ms in which a
 * 2 ms timer could not run, with what ran meanwhile (the samples of the profile in that stretch).
 * The main thread only: the WAL checkpoints and the index builds run on worker threads.
 * With `--live-heap`, V8's sampling heap profiler runs too, and the script prints which code
 * allocated the JS heap still live at its highest (`<out>.heapprofile`, for DevTools' Memory tab);
 * its fetches stall the event loop, so time the stalls without it.
 * Not a test: nothing asserts on time.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as path from 'node:path';
import { LedgerProjections } from '@ledger/projections';
import {
  EMBEDDED_STORE_FILE,
  openConfiguredEventStore,
  parseLedgerConfig,
  PROJECTIONS_FILE,
} from '@ledger/runtime';
import { benchApiEnv } from './support/api-env';
import {
  type CpuProfile,
  flameGraphSvg,
  functionShares,
  profileBetween,
  selfTimeByLayer,
} from './support/flame-graph';
import { parseOptions } from './support/options';
import { log } from './support/quiet';
import { type LiveHeapAtPeak, liveHeapBySite, recordLiveHeap } from './support/live-heap';
import { formatNumber } from './support/stats';
import { benchTempDir, removeAllTempDirs } from './support/temp-dir';

/** Functions listed by their inclusive share, and by their self share. */
const LISTED = 25;
/** A stall: the event loop did not turn for this long. */
const STALL_MS = 50;
/** Stalls described one by one (the longest); the others are counted. */
const STALLS_DESCRIBED = 8;

const percent = (share: number): string => `${(share * 100).toFixed(1).padStart(5)} %`;
const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** The process's memory at its highest resident set, sampled every 250 ms: what the peak is made of. */
function recordMemory(): { peak: () => NodeJS.MemoryUsage; stop: () => void } {
  let peak = process.memoryUsage();
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    if (now.rss > peak.rss) peak = now;
  }, 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/** The instants the loop turned: a 2 ms timer notes each run (µs of the monotonic clock, the profile's). */
function recordTurns(): { turns: number[]; stop: () => void } {
  const turns = [nowUs()];
  const timer = setInterval(() => turns.push(nowUs()), 2);
  return { turns, stop: () => clearInterval(timer) };
}

function describeStalls(profile: CpuProfile, turns: readonly number[]): void {
  const stalls: { from: number; to: number }[] = [];
  for (let index = 1; index < turns.length; index += 1)
    if (turns[index] - turns[index - 1] > STALL_MS * 1000)
      stalls.push({ from: turns[index - 1], to: turns[index] });
  const stalledMs = stalls.reduce((sum, stall) => sum + (stall.to - stall.from) / 1000, 0);
  log(
    `event loop: ${formatNumber(stalls.length)} stalls over ${STALL_MS} ms, ${formatNumber(stalledMs)} ms in all`,
  );
  const longest = [...stalls].sort((a, b) => b.to - b.from - (a.to - a.from)).slice(0, STALLS_DESCRIBED);
  for (const stall of longest) {
    const at = ((stall.from - (profile.startTime ?? stall.from)) / 1e6).toFixed(1);
    log(
      `  stall of ${formatNumber((stall.to - stall.from) / 1000)} ms at ${at} s; under it (inclusive, self):`,
    );
    const shares = functionShares(profileBetween(profile, stall.from, stall.to)).filter(
      ({ name }) => name !== '(root)',
    );
    for (const { name, self, inclusive } of shares.slice(0, 10))
      log(`  ${percent(inclusive)} ${percent(self)}  ${name}`);
  }
}

function describeLiveHeap(heap: LiveHeapAtPeak, out: string, mib: (bytes: number) => string): void {
  fs.writeFileSync(`${out}.heapprofile`, JSON.stringify(heap.profile));
  const { total, bySelf, byStack } = liveHeapBySite(heap.profile);
  log(
    `live JS heap at its highest (${mib(heap.heapUsed)} used; ${mib(total)} sampled live), by the function that allocated it:`,
  );
  for (const { name, bytes } of bySelf.slice(0, LISTED)) log(`${mib(bytes).padStart(10)}  ${name}`);
  log('by the allocation and its callers:');
  for (const { stack, bytes } of byStack.slice(0, 12)) log(`${mib(bytes).padStart(10)}  ${stack}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withLiveHeap = args.includes('--live-heap');
  const [dataDir, outArg] = args.filter((arg) => arg !== '--live-heap');
  if (dataDir === undefined) throw new Error('usage: profile-rebuild.ts [--live-heap] <data-dir> [out]');
  const resolved = path.resolve(dataDir);
  if (!fs.existsSync(path.join(resolved, EMBEDDED_STORE_FILE)))
    throw new Error(`no embedded store in ${resolved}`);
  const out = path.resolve(outArg ?? 'profile-rebuild');
  const store = openConfiguredEventStore(parseLedgerConfig(benchApiEnv(parseOptions([]), resolved)));
  const projections = LedgerProjections.open(
    path.join(benchTempDir('profile-rebuild'), PROJECTIONS_FILE),
    store,
  );
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const liveHeap = withLiveHeap ? await recordLiveHeap(session) : null;
  const cpuAtStart = process.cpuUsage();
  const loop = recordTurns();
  const memory = recordMemory();
  let rebuilt: { events: number; ms: number };
  try {
    rebuilt = await projections.runner.rebuild();
  } finally {
    loop.stop();
    memory.stop();
    const cpu = process.cpuUsage(cpuAtStart);
    const { profile } = await session.post('Profiler.stop');
    const heapAtPeak = liveHeap === null ? null : await liveHeap.stop();
    session.disconnect();
    await projections.close();
    await store.close();
    removeAllTempDirs();
    const cpuProfile = profile as CpuProfile;
    fs.writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));
    fs.writeFileSync(
      `${out}.svg`,
      flameGraphSvg(cpuProfile, 'rebuild of every projection: CPU of the main thread'),
    );
    log(
      `CPU of the process (every thread): user ${formatNumber(cpu.user / 1000)} ms, system ${formatNumber(cpu.system / 1000)} ms`,
    );
    log('self time by layer:');
    for (const { layer, share } of selfTimeByLayer(cpuProfile))
      if (share >= 0.005) log(`${percent(share)}  ${layer}`);
    const shares = functionShares(cpuProfile);
    log(`the ${LISTED} functions with the most time under them (inclusive, self):`);
    for (const { name, self, inclusive } of shares.slice(0, LISTED))
      log(`${percent(inclusive)} ${percent(self)}  ${name}`);
    log(`the ${LISTED} functions with the most time of their own (self, inclusive):`);
    for (const { name, self, inclusive } of [...shares].sort((a, b) => b.self - a.self).slice(0, LISTED))
      log(`${percent(self)} ${percent(inclusive)}  ${name}`);
    describeStalls(cpuProfile, loop.turns);
    const peak = memory.peak();
    const mib = (bytes: number): string => `${formatNumber(bytes / 2 ** 20)} MiB`;
    log(
      `memory at the highest RSS sampled: RSS ${mib(peak.rss)}; JS heap used ${mib(peak.heapUsed)} of ${mib(peak.heapTotal)}; ` +
        `buffers ${mib(peak.external)}; the rest (SQLite's page caches and native allocations, code, threads) ` +
        `${mib(peak.rss - peak.heapTotal - peak.external)}`,
    );
    if (heapAtPeak !== null) describeLiveHeap(heapAtPeak, out, mib);
  }
  log(
    `rebuild: ${formatNumber(rebuilt.events)} events in ${formatNumber(rebuilt.ms)} ms ` +
      `(${formatNumber((rebuilt.events * 1000) / rebuilt.ms)} events/s with the profiler on); ` +
      `profile ${out}.cpuprofile, flame graph ${out}.svg`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
