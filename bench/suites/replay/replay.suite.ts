import * as path from 'node:path';
import Database from 'better-sqlite3';
import { PROJECTIONS_FILE } from '@ledger/runtime';
import { CompactJson } from '../../../libs/event-store/src/embedded/compact-json';
import { Dictionary } from '../../../libs/event-store/src/embedded/dictionary';
import type { LedgerFixture } from '../../fixtures/ledger-fixture';
import { runChild } from '../../support/child';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber, formatPercent, medianRun, msSince } from '../../support/stats';
import { eventStoreDbReplayRows } from './eventstoredb-replay';
import type { RebuildInput, RebuildOutput } from './rebuild.worker';

const REBUILD = path.join(__dirname, 'rebuild.worker.ts');
/** Worker threads of the rebuild measured (the service's default on two cores). */
const WORKERS = 2;
const RSS_TARGET_MIB = 512;

interface Measured {
  readonly events: number;
  readonly ms: number;
}

const perSecond = (measured: Measured): number => (measured.events / measured.ms) * 1000;

/**
 * Every projection rebuilt from the whole log, exactly as `POST /v1/admin/projections/rebuild`
 * does it, in a process of its own (its peak RSS is the rebuild's). The projection file is the one
 * the API uses in this data dir, so the audit and memory suites find it built.
 */
function rebuild(fixture: LedgerFixture, workers: number): Promise<RebuildOutput> {
  return runChild<RebuildInput, RebuildOutput>(REBUILD, {
    storeFile: fixture.storeFile,
    eventStoreUrl: null,
    projectionsFile: path.join(fixture.dataDir, PROJECTIONS_FILE),
    workers,
    readOnly: false,
  });
}

/**
 * The ceiling: every row read with a plain statement and its two bodies decoded (the store's own
 * compact JSON, `libs/event-store/src/embedded/compact-json.ts`), nothing else.
 */
function rawReadAndParse(fixture: LedgerFixture): Measured {
  const db = new Database(fixture.storeFile, { readonly: true });
  try {
    const json = new CompactJson(new Dictionary(db));
    const rows = db.prepare(
      'SELECT position, stream_id, revision, event_id, type_id, data, metadata, recorded_at FROM events ORDER BY position',
    );
    let events = 0;
    let checksum = 0;
    const start = process.hrtime.bigint();
    for (const row of rows.iterate() as IterableIterator<{ data: Buffer; metadata: Buffer }>) {
      const data = json.decode(row.data);
      const metadata = json.decode(row.metadata);
      // Touch the decoded values so the work cannot be optimised away.
      checksum += Object.keys(data).length + Object.keys(metadata).length;
      events += 1;
    }
    const ms = msSince(start);
    if (checksum === 0 && events > 0) throw new Error('parsed nothing');
    return { events, ms };
  } finally {
    db.close();
  }
}

interface ReplayRun {
  readonly raw: Measured;
  readonly parallel: RebuildOutput;
  /** The same rebuild on one thread (before issue 18); null with `--no-replay-baseline`. */
  readonly oneThread: RebuildOutput | null;
}

export async function replaySuite(
  options: BenchOptions,
  fixture: LedgerFixture,
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const runs = await medianRun(
    options.repeat,
    async (index): Promise<ReplayRun> => {
      const raw = rawReadAndParse(fixture);
      const oneThread = options.replay.baseline ? await rebuild(fixture, 1) : null;
      // Last, so the file the other suites read is the one the service's default writes.
      const parallel = await rebuild(fixture, WORKERS);
      log(
        `  replay run ${index + 1}: ${WORKERS} workers ${formatNumber(perSecond(parallel))} events/s, ` +
          `one thread ${oneThread === null ? '—' : formatNumber(perSecond(oneThread))} events/s, ` +
          `raw read+parse ${formatNumber(perSecond(raw))} events/s`,
      );
      return { raw, parallel, oneThread };
    },
    (run) => perSecond(run.parallel),
  );
  const { raw, parallel, oneThread } = runs.result;
  const ratio = perSecond(parallel) / perSecond(raw);
  const rows: ResultRow[] = [
    {
      figure: `replay: rebuild every projection from ${formatNumber(parallel.events)} events, ${WORKERS} worker threads`,
      value: `${formatNumber(perSecond(parallel))} events/s (${(parallel.ms / 1000).toFixed(1)} s)`,
      ceiling: `${formatNumber(perSecond(raw))} events/s raw read + decode of the same rows`,
      ratio: formatPercent(ratio),
      target: '≥ 300,000 events/s and ≥ 50 %',
      met: perSecond(parallel) >= 300_000 && ratio >= 0.5,
    },
  ];
  if (oneThread !== null) {
    rows.push({
      figure: `replay: the same rebuild on one thread (before issue 18)`,
      value: `${formatNumber(perSecond(oneThread))} events/s (${(oneThread.ms / 1000).toFixed(1)} s)`,
      ceiling: `${formatNumber(perSecond(raw))} events/s raw read + decode`,
      ratio: `${formatPercent(perSecond(oneThread) / perSecond(raw))}; ${WORKERS} workers ${(perSecond(parallel) / perSecond(oneThread)).toFixed(2)}× it`,
      target: '—',
      met: null,
    });
  }
  rows.push({
    figure: `replay: peak RSS of the rebuild's process, ${formatNumber(parallel.events)} events over ${formatNumber(fixture.tenantIds.length)} tenants`,
    value: `${formatNumber(parallel.peakRssMiB)} MiB (${WORKERS} workers)`,
    ceiling: oneThread === null ? '—' : `${formatNumber(oneThread.peakRssMiB)} MiB on one thread`,
    ratio: '—',
    target: `≤ ${RSS_TARGET_MIB} MiB`,
    met: parallel.peakRssMiB <= RSS_TARGET_MIB,
  });
  const notes = [
    `replay: each rebuild in a process of its own (peak RSS: the kernel's maxrss of that process, worker threads included); ` +
      `median of ${options.repeat} run(s) by the ${WORKERS}-worker rate; all runs (${WORKERS} workers / one thread / raw, events/s): ` +
      runs.all
        .map(
          (run) =>
            `${formatNumber(perSecond(run.parallel))} / ${run.oneThread === null ? '—' : formatNumber(perSecond(run.oneThread))} / ${formatNumber(perSecond(run.raw))}`,
        )
        .join('; '),
  ];
  if (options.replay.eventStoreDbEvents > 0) {
    const eventStoreDb = await eventStoreDbReplayRows(options, fixture);
    rows.push(...eventStoreDb.rows);
    notes.push(...eventStoreDb.notes);
  }
  return { rows, notes };
}
