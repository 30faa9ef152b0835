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
function rebuild(fixture: LedgerFixture): Promise<RebuildOutput> {
  return runChild<RebuildInput, RebuildOutput>(REBUILD, {
    storeFile: fixture.storeFile,
    eventStoreUrl: null,
    projectionsFile: path.join(fixture.dataDir, PROJECTIONS_FILE),
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
  readonly rebuilt: RebuildOutput;
}

export async function replaySuite(
  options: BenchOptions,
  fixture: LedgerFixture,
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const runs = await medianRun(
    options.repeat,
    async (index): Promise<ReplayRun> => {
      const raw = rawReadAndParse(fixture);
      const rebuilt = await rebuild(fixture);
      log(
        `  replay run ${index + 1}: rebuild ${formatNumber(perSecond(rebuilt))} events/s, ` +
          `raw read+decode ${formatNumber(perSecond(raw))} events/s`,
      );
      return { raw, rebuilt };
    },
    (run) => perSecond(run.rebuilt),
  );
  const { raw, rebuilt } = runs.result;
  const ratio = perSecond(rebuilt) / perSecond(raw);
  const rows: ResultRow[] = [
    {
      figure: `replay: rebuild every projection from ${formatNumber(rebuilt.events)} events`,
      value: `${formatNumber(perSecond(rebuilt))} events/s (${(rebuilt.ms / 1000).toFixed(1)} s)`,
      ceiling: `${formatNumber(perSecond(raw))} events/s raw read + decode of the same rows`,
      ratio: formatPercent(ratio),
      target: '≥ 300,000 events/s and ≥ 50 %',
      met: perSecond(rebuilt) >= 300_000 && ratio >= 0.5,
    },
    {
      figure: `replay: peak RSS of the rebuild's process, ${formatNumber(rebuilt.events)} events over ${formatNumber(fixture.tenantIds.length)} tenants`,
      value: `${formatNumber(rebuilt.peakRssMiB)} MiB`,
      ceiling: '—',
      ratio: '—',
      target: `≤ ${RSS_TARGET_MIB} MiB`,
      met: rebuilt.peakRssMiB <= RSS_TARGET_MIB,
    },
  ];
  const notes = [
    `replay: each rebuild in a process of its own (peak RSS: the kernel's maxrss of that process); ` +
      `median of ${options.repeat} run(s); all runs (rebuild / raw, events/s): ` +
      runs.all.map((run) => `${formatNumber(perSecond(run.rebuilt))} / ${formatNumber(perSecond(run.raw))}`).join('; '),
  ];
  if (options.replay.eventStoreDbEvents > 0) {
    const eventStoreDb = await eventStoreDbReplayRows(options, fixture);
    rows.push(...eventStoreDb.rows);
    notes.push(...eventStoreDb.notes);
  }
  return { rows, notes };
}
