import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openProjectionDatabase } from '../database/projection-database';
import type { ProjectionDb } from '../database/projection-db';
import { WalCheckpointer } from './wal-checkpointer';

describe('WalCheckpointer: the projection database checkpoints off the event loop', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-wal-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** One transaction of about `megabytes` MB of rows: the write-ahead log grows past the threshold. */
  function writeRows(db: ProjectionDb, megabytes: number): void {
    db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
    db.transaction(() => {
      for (let index = 0; index < megabytes * 256; index += 1) insert.run('x'.repeat(4000));
    })();
  }

  const fileBytes = (file: string): number => fs.statSync(file).size;

  /** A projection database and its checkpointer (its log bounded at `bound`), both closed after `test`. */
  async function withCheckpointer(
    bound: number | undefined,
    test: (db: ProjectionDb, checkpointer: WalCheckpointer, file: string) => Promise<void>,
  ): Promise<void> {
    const file = path.join(dir, 'projections.sqlite');
    const db = openProjectionDatabase(file);
    const checkpointer = new WalCheckpointer(db, bound);
    try {
      await test(db, checkpointer, file);
    } finally {
      await checkpointer.close();
      db.close();
    }
  }

  async function eventually(condition: () => boolean): Promise<boolean> {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      if (condition()) return true;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return condition();
  }

  it('the connection no longer checkpoints when it commits; the worker does, once the log is large', async () => {
    await withCheckpointer(undefined, async (db, checkpointer, file) => {
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      const before = fileBytes(file);
      writeRows(db, 8);
      // Committed, not yet checkpointed: the rows are in the log only.
      expect(fileBytes(file)).toBe(before);

      checkpointer.committed();

      // The worker copied the log's pages into the file, without this thread doing it.
      expect(await eventually(() => fileBytes(file) > before + 4 * 1024 * 1024)).toBe(true);
      expect(db.prepare('SELECT count(*) AS rows FROM filler').get()).toEqual({ rows: 8 * 256 });
    });
  }, 30_000);

  it('past its bound the log is truncated, and the next transaction waits for it (a PASSIVE checkpoint never lets it shrink)', async () => {
    const bound = 6 * 1024 * 1024;
    await withCheckpointer(bound, async (db, checkpointer, file) => {
      writeRows(db, 8);
      expect(fileBytes(`${file}-wal`)).toBeGreaterThan(bound);

      checkpointer.committed();
      await checkpointer.writable();

      expect(fileBytes(`${file}-wal`)).toBe(0);
      expect(db.prepare('SELECT count(*) AS rows FROM filler').get()).toEqual({ rows: 8 * 256 });
    });
  }, 30_000);

  it('commits without end (a rebuild) keep the log within its bound plus one batch', async () => {
    const bound = 6 * 1024 * 1024;
    await withCheckpointer(bound, async (db, checkpointer, file) => {
      let largest = 0;
      for (let batch = 0; batch < 20; batch += 1) {
        await checkpointer.writable();
        writeRows(db, 2);
        largest = Math.max(largest, fileBytes(`${file}-wal`));
        checkpointer.committed();
      }
      // 40 MB committed; a log that only grew would hold all of it.
      expect(largest).toBeLessThan(bound + 3 * 1024 * 1024);
      expect(db.prepare('SELECT count(*) AS rows FROM filler').get()).toEqual({ rows: 40 * 256 });
    });
  }, 60_000);

  it('asks for nothing while the log is small', async () => {
    await withCheckpointer(undefined, async (db, checkpointer, file) => {
      const before = fileBytes(file);
      writeRows(db, 1);
      checkpointer.committed();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fileBytes(file)).toBe(before);
    });
  });

  it('in exclusive mode (the CLI replay) no other connection can open the file: SQLite checkpoints as by default', async () => {
    const db = openProjectionDatabase(path.join(dir, 'exclusive.sqlite'), { exclusive: true });
    const checkpointer = new WalCheckpointer(db);
    try {
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      writeRows(db, 8);
      checkpointer.committed();
    } finally {
      await checkpointer.close();
      db.close();
    }
  });

  /**
   * In a process of its own: a projection database with 8 MB committed, its checkpointer (the log
   * bounded at `bound`) told of the commit, then `last`, the script's last statement. Answers how
   * the process ended and what it printed.
   */
  function childAfterCommit(
    name: string,
    bound: number | undefined,
    last: string,
  ): { signal: NodeJS.Signals | null; status: number | null; stdout: string } {
    const script = `
      const { openProjectionDatabase } = require('./libs/projections/src/database/projection-database');
      const { WalCheckpointer } = require('./libs/projections/src/runner/wal-checkpointer');
      const db = openProjectionDatabase(${JSON.stringify(path.join(dir, name))});
      const checkpointer = new WalCheckpointer(db${bound === undefined ? '' : `, ${bound}`});
      db.exec('CREATE TABLE filler (text TEXT)');
      const insert = db.prepare('INSERT INTO filler VALUES (?)');
      db.transaction(() => { for (let i = 0; i < 2048; i += 1) insert.run('x'.repeat(4000)); })();
      checkpointer.committed();
      ${last}
    `;
    const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: path.resolve(__dirname, '../../../..'),
      encoding: 'utf8',
      timeout: 25_000,
    });
    return { signal: child.signal, status: child.status, stdout: child.stdout };
  }

  it('a checkpointer never closed (its worker idle) does not keep the process alive', () => {
    const ended = childAfterCommit(
      'open.sqlite',
      undefined,
      "setTimeout(() => process.stdout.write('checkpoint asked\\n'), 500);",
    );

    expect(ended).toEqual({ signal: null, status: 0, stdout: 'checkpoint asked\n' });
  }, 30_000);

  it('a process with nothing but a truncation to wait for stays alive until it is done', () => {
    const ended = childAfterCommit(
      'alive.sqlite',
      4 * 1024 * 1024,
      "checkpointer.writable().then(() => process.stdout.write('truncated\\n'));",
    );

    expect(ended).toEqual({ signal: null, status: 0, stdout: 'truncated\n' });
  }, 30_000);
});
