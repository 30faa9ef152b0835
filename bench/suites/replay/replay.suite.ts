import * as path from 'node:path';
import Database from 'better-sqlite3';
import { EmbeddedEventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { PROJECTIONS_FILE } from '@ledger/runtime';
import { CompactJson } from '../../../libs/event-store/src/embedded/compact-json';
import { Dictionary } from '../../../libs/event-store/src/embedded/dictionary';
import type { LedgerFixture } from '../../fixtures/ledger-fixture';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber, formatPercent, medianRun, msSince } from '../../support/stats';

interface Measured {
  readonly events: number;
  readonly ms: number;
}

const perSecond = (measured: Measured): number => (measured.events / measured.ms) * 1000;

/**
 * Every projection rebuilt from the whole log, exactly as `POST /v1/admin/projections/rebuild`
 * does it: the runner drops the read models and replays from position 0. The projection file is
 * the one the API uses in this data dir, so the audit and memory suites find it built.
 */
async function rebuild(fixture: LedgerFixture): Promise<Measured> {
  const store = EmbeddedEventStore.open(fixture.storeFile);
  const projections = LedgerProjections.open(path.join(fixture.dataDir, PROJECTIONS_FILE), store);
  try {
    const result = await projections.runner.rebuild();
    return { events: result.events, ms: result.ms };
  } finally {
    await projections.close();
    await store.close();
  }
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

export async function replaySuite(
  options: BenchOptions,
  fixture: LedgerFixture,
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const runs = await medianRun(
    options.repeat,
    async (index) => {
      const raw = rawReadAndParse(fixture);
      const projected = await rebuild(fixture);
      log(
        `  replay run ${index + 1}: rebuild ${formatNumber(perSecond(projected))} events/s, raw read+parse ${formatNumber(perSecond(raw))} events/s`,
      );
      return { projected, raw };
    },
    (pair) => perSecond(pair.projected),
  );
  const { projected, raw } = runs.result;
  const ratio = perSecond(projected) / perSecond(raw);
  return {
    rows: [
      {
        figure: `replay: rebuild every projection from ${formatNumber(projected.events)} events`,
        value: `${formatNumber(perSecond(projected))} events/s (${(projected.ms / 1000).toFixed(1)} s)`,
        ceiling: `${formatNumber(perSecond(raw))} events/s raw read + decode of the same rows`,
        ratio: formatPercent(ratio),
        target: '≥ 300,000 events/s and ≥ 50 %',
        met: perSecond(projected) >= 300_000 && ratio >= 0.5,
      },
    ],
    notes: [
      `replay: median of ${options.repeat} rebuild(s); all runs ${runs.all.map((pair) => formatNumber(perSecond(pair.projected))).join(', ')} events/s`,
    ],
  };
}
