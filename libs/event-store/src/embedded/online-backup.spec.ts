import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventToAppend, RecordedEvent } from '../events';
import { EmbeddedEventStore } from './embedded-event-store';
import { backupEmbeddedStore, backupSqliteFile } from './online-backup';

// The online backup the CLI's `backup` command runs: a copy taken while the store is written.

const BATCH = 5;

function aBatch(stream: string, batch: number): EventToAppend[] {
  return Array.from({ length: BATCH }, (_, index) => ({
    id: randomUUID(),
    type: 'LicenseAssigned',
    // Big enough that the log spans many backup steps.
    data: { stream, batch, index, padding: 'x'.repeat(2_000) },
    metadata: { activityId: `${stream}-${batch}` },
  }));
}

async function readAll(store: EmbeddedEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

describe('online backup of the embedded store', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-backup-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a copy taken while appends commit holds a prefix of the log, whole appends only, and counts its events', async () => {
    const source = EmbeddedEventStore.open(join(dir, 'ledger.sqlite'));
    const streams = ['licensing-tenant-a', 'licensing-tenant-b', 'licensing-tenant-c'];
    for (let batch = 0; batch < 40; batch += 1)
      for (const stream of streams) await source.append(stream, aBatch(stream, batch), 'any');

    // Appends keep committing, one every turn of the event loop, for as long as the copy runs.
    let writing = true;
    let appendedDuringCopy = 0;
    const writer = (async () => {
      for (let batch = 40; writing; batch += 1) {
        await source.append(
          streams[batch % streams.length],
          aBatch(streams[batch % streams.length], batch),
          'any',
        );
        appendedDuringCopy += 1;
      }
    })();
    const copyFile = join(dir, 'backup', 'ledger.sqlite');
    await mkdir(join(dir, 'backup'));
    const progress: number[] = [];
    const backup = await backupEmbeddedStore(join(dir, 'ledger.sqlite'), copyFile, ({ copiedBytes }) =>
      progress.push(copiedBytes),
    );
    writing = false;
    await writer;

    const original = await readAll(source);
    const copy = EmbeddedEventStore.open(copyFile);
    const copied = await readAll(copy);
    await copy.close();
    await source.close();

    expect(appendedDuringCopy).toBeGreaterThan(0);
    expect(backup.restarts).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(1);
    expect(backup.events).toBe(copied.length);
    expect(copied.length % BATCH).toBe(0);
    expect(copied.map(({ id, position }) => [id, position])).toEqual(
      original.slice(0, copied.length).map(({ id, position }) => [id, position]),
    );
    expect(copied.length).toBeGreaterThanOrEqual(40 * streams.length * BATCH);
  });

  it('leaves the copy as one file and never writes the source', async () => {
    const file = join(dir, 'ledger.sqlite');
    const source = EmbeddedEventStore.open(file);
    await source.append('licensing-tenant-a', aBatch('licensing-tenant-a', 0), 'any');
    await source.close();
    const before = new Database(file, { readonly: true });
    const dataVersion = before.pragma('data_version', { simple: true });
    const backup = await backupEmbeddedStore(file, join(dir, 'copy.sqlite'));
    expect(before.pragma('data_version', { simple: true })).toBe(dataVersion);
    before.close();

    expect(backup).toMatchObject({ events: BATCH, restarts: 0 });
    expect(readdirSync(dir).filter((name) => name.startsWith('copy'))).toEqual(['copy.sqlite']);
  });

  it('copies any SQLite file, and refuses a source that does not exist without creating it', async () => {
    const file = join(dir, 'keys.sqlite');
    const keys = new Database(file);
    keys.exec("CREATE TABLE keys (id TEXT PRIMARY KEY); INSERT INTO keys VALUES ('k1'), ('k2')");
    keys.close();
    const copy = await backupSqliteFile(file, join(dir, 'keys-copy.sqlite'));
    const copied = new Database(join(dir, 'keys-copy.sqlite'), { readonly: true });
    expect(copied.prepare('SELECT id FROM keys ORDER BY id').pluck().all()).toEqual(['k1', 'k2']);
    copied.close();
    expect(copy.bytes).toBeGreaterThan(0);

    // The driver's own error (SQLITE_CANTOPEN): matched by its code, since an error made by the
    // native module is not always an instance of this test realm's Error.
    await expect(
      backupSqliteFile(join(dir, 'absent.sqlite'), join(dir, 'absent-copy.sqlite')),
    ).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' });
    expect(existsSync(join(dir, 'absent.sqlite'))).toBe(false);
    expect(existsSync(join(dir, 'absent-copy.sqlite'))).toBe(false);
  });
});
