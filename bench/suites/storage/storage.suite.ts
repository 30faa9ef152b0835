import { existsSync } from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { EmbeddedEventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { PROJECTIONS_FILE } from '@ledger/runtime';
import type { LedgerFixture } from '../../fixtures/ledger-fixture';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber, formatPercent } from '../../support/stats';

/** Where a SQLite file's bytes are, as `sqlite3_analyzer` would say it: pages of each table and index. */
interface FileBytes {
  readonly bytes: number;
  readonly byName: readonly { readonly name: string; readonly bytes: number }[];
}

function bytesOf(file: string): FileBytes {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const pages = Number(db.pragma('page_count', { simple: true }));
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const byName = db
      .prepare<[], { name: string; bytes: number }>(
        'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC',
      )
      .all();
    return { bytes: pages * pageSize, byName };
  } finally {
    db.close();
  }
}

/** The projections the replay suite built, or built here when it did not run. */
async function projectionsFileOf(fixture: LedgerFixture): Promise<string> {
  const file = path.join(fixture.dataDir, PROJECTIONS_FILE);
  if (existsSync(file)) return file;
  log('  storage: building the projections (the replay suite did not run)…');
  const store = EmbeddedEventStore.open(fixture.storeFile);
  const projections = LedgerProjections.open(file, store);
  try {
    await projections.runner.rebuild();
  } finally {
    await projections.close();
    await store.close();
  }
  return file;
}

const perEvent = (bytes: number, events: number): string => `${formatNumber(bytes / events)} bytes/event`;

function breakdown(label: string, measured: FileBytes, events: number): string {
  const top = measured.byName
    .slice(0, 8)
    .map(({ name, bytes }) => `${name} ${formatNumber(bytes / events)}`)
    .join(', ');
  return `storage: ${label} by table and index (dbstat, bytes/event): ${top}`;
}

/**
 * Bytes on disk per event (issue 18): the event store file, and the projections built from it,
 * each with where its bytes are (the dbstat virtual table, page by page). Both files are read
 * closed, so their WAL is folded in.
 */
export async function storageSuite(fixture: LedgerFixture): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const projectionsFile = await projectionsFileOf(fixture);
  const store = bytesOf(fixture.storeFile);
  const projections = bytesOf(projectionsFile);
  const events = fixture.events;
  return {
    rows: [
      {
        figure: `storage: event store on disk, ${formatNumber(events)} events`,
        value: perEvent(store.bytes, events),
        ceiling: `${formatNumber(store.bytes / 1_048_576)} MiB`,
        ratio: '—',
        target: '≤ 400 bytes/event',
        met: store.bytes / events <= 400,
      },
      {
        figure: `storage: projections on disk, ${formatNumber(events)} events`,
        value: perEvent(projections.bytes, events),
        ceiling: `${perEvent(store.bytes, events)} in the store`,
        ratio: formatPercent(projections.bytes / store.bytes),
        target: '≤ 50 % of the store',
        met: projections.bytes <= store.bytes / 2,
      },
    ],
    notes: [breakdown('store', store, events), breakdown('projections', projections, events)],
  };
}
