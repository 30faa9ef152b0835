import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openProjectionDatabase } from '../database/projection-database';
import type { ProjectionDb } from '../database/projection-db';
import { execOffThread } from './off-thread-ddl';

function tables(db: ProjectionDb): string[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'probe%'",
    )
    .all()
    .map((row) => row.name);
}

describe('Statements run off the event loop (execOffThread)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-off-thread-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("statements in one transaction on a worker's connection: the caller's connection sees them all, committed", async () => {
    const db = openProjectionDatabase(path.join(dir, 'projections.sqlite'));
    try {
      await execOffThread(db, 'BEGIN IMMEDIATE; CREATE TABLE probe_a (x); CREATE TABLE probe_b (x); COMMIT;');
      expect(tables(db).sort()).toEqual(['probe_a', 'probe_b']);
      expect(db.inTransaction).toBe(false);
    } finally {
      db.close();
    }
  });

  it('run on the connection itself (in exclusive locking mode), a failing statement rolls the transaction back and leaves none open', async () => {
    const db = openProjectionDatabase(path.join(dir, 'exclusive.sqlite'), { exclusive: true });
    try {
      await expect(
        execOffThread(
          db,
          'BEGIN IMMEDIATE; CREATE TABLE probe_a (x); INSERT INTO probe_missing VALUES (1); COMMIT;',
        ),
        // By its message: better-sqlite3's error class is made in the realm of the first test file of
        // this Jest worker that loaded it, so `toThrow` (an instanceof Error check) is not reliable here.
      ).rejects.toMatchObject({ message: expect.stringMatching(/probe_missing/) as unknown });
      expect(db.inTransaction).toBe(false);
      expect(tables(db)).toEqual([]);
      // The connection writes again.
      db.exec('CREATE TABLE probe_after (x)');
      expect(tables(db)).toEqual(['probe_after']);
    } finally {
      db.close();
    }
  });
});
