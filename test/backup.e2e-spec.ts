import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { EmbeddedEventStore, type EventStore, type RecordedEvent } from '@ledger/event-store';
import { quotaOf } from '@ledger/licensing';
import { EMBEDDED_STORE_FILE, PROJECTIONS_FILE, seededRandom } from '@ledger/runtime';
import { auditTenant, tenantStreams } from './hardening/support/ledger-audit';
import { WriteBurst } from './hardening/support/write-burst';
import { runCliInProcess, type CliRun } from './support/cli-run';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';

/**
 * `ledger backup` (docs/operations.md, "Backup and restore"): a copy of the embedded store taken
 * while the service writes, restored by putting its files in an empty data dir and starting there.
 */

const KEYRING_FILE = 'keyring.sqlite';

/** A demo ledger, a service, writes, the backup and a restore: a bound for a loaded 2-core machine, not a goal. */
const SETUP_TIMEOUT_MS = 120_000;

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-backup-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function cli(dataDir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCliInProcess(args, { LEDGER_DATA_DIR: dataDir, ...env });
}

async function logOf(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

function activityOf(event: RecordedEvent): string {
  return String(event.metadata.activityId);
}

/** Each activity's event ids, in log order. */
function activities(log: readonly RecordedEvent[]): Map<string, string[]> {
  const byActivity = new Map<string, string[]>();
  for (const event of log)
    byActivity.set(activityOf(event), [...(byActivity.get(activityOf(event)) ?? []), event.id]);
  return byActivity;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('ledger backup', () => {
  describe('a backup taken while writes flow restores to a consistent ledger', () => {
    const tenantIds = ['backup-a', 'backup-b', 'backup-c', 'backup-d'];
    let original: LedgerTestApp;
    let restored: LedgerTestApp;
    let run: CliRun;
    let backupDir: string;
    let originalLog: RecordedEvent[];
    let restoredLog: RecordedEvent[];
    /** The activities of the writes answered 2xx before the backup began. */
    let acknowledgedBefore: string[];
    let acknowledgedDuring: number;
    let burst: WriteBurst | undefined;
    /** Whether the service keeps a keyring of personal-data keys in its data dir (the personal-data work does). */
    let keyringInDataDir: boolean;

    beforeAll(async () => {
      const dataDir = tempDir();
      // A log of a few MiB first, so the copy takes many steps of the backup API.
      expect(await cli(dataDir, ['demo', '--tenants', '6', '--events', '4000'])).toMatchObject({ code: 0 });
      original = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: '0' }, dataDir);
      // A fixed schedule of writes; when each lands against the copy's steps is up to the event loop.
      const random = seededRandom(13);
      burst = new WriteBurst(original, tenantIds, 3, random, new Map(), 'backup');
      const writes = burst.sent;
      const acknowledged = () => writes.filter((write) => write.outcome === 'acknowledged');
      await until(() => acknowledged().length >= 30);

      acknowledgedBefore = acknowledged().flatMap(({ answer }) =>
        answer?.activityId == null ? [] : [answer.activityId],
      );
      backupDir = path.join(tempDir(), 'backup');
      run = await cli(dataDir, ['backup', backupDir]);
      keyringInDataDir = fs.existsSync(path.join(dataDir, KEYRING_FILE));
      acknowledgedDuring = acknowledged().length - acknowledgedBefore.length;
      burst.stop();
      await burst.finished();
      originalLog = await logOf(original.store);

      // The restore: the backup's files in an empty data dir, then start (projections rebuild).
      const restoreDir = tempDir();
      for (const file of fs.readdirSync(backupDir))
        fs.copyFileSync(path.join(backupDir, file), path.join(restoreDir, file));
      restored = await LedgerTestApp.start({}, restoreDir);
      restoredLog = await logOf(restored.store);
    }, SETUP_TIMEOUT_MS);
    afterAll(async () => {
      // Writers left running (a failed setup) would keep the test process alive.
      burst?.stop();
      await burst?.finished();
      await restored?.close();
      await original?.close();
    });

    it('the backup ran while writes were acknowledged, and says what it copied', () => {
      expect(run.code).toBe(0);
      expect(acknowledgedDuring).toBeGreaterThan(0);
      // The data: one row per file copied; the totals and what was not copied, notices on stderr.
      const rows = run.stdout.trim().split('\n');
      expect(rows[0]).toMatch(/^FILE\s+EVENTS\s+BYTES\s+RESTARTS$/);
      expect(rows[1]).toMatch(new RegExp(`^ledger\\.sqlite\\s+${restoredLog.length}\\s+\\d+\\s+\\d+$`));
      if (keyringInDataDir) {
        expect(fs.readdirSync(backupDir).sort()).toEqual([EMBEDDED_STORE_FILE, KEYRING_FILE].sort());
        expect(rows[2]).toMatch(/^keyring\.sqlite\s+\d+\s+\d+$/);
      } else {
        expect(fs.readdirSync(backupDir)).toEqual([EMBEDDED_STORE_FILE]);
        expect(rows).toHaveLength(2);
        expect(run.stderr).toMatch(/^keyring\.sqlite: none at .*, nothing to copy$/m);
      }
      expect(run.stderr).toContain('Projections are not backed up: they rebuild from the log');
      expect(run.stderr).toMatch(/^Backed up [\d,]+ events, [\d,]+ bytes in \d+\.\d s to /m);
      expect(run.stderr).toContain(`Backed up ${restoredLog.length.toLocaleString('en-US')} events`);
    });

    it('the restored log is a prefix of the original log: the same ids in the same order', () => {
      expect(restoredLog.length).toBeGreaterThan(0);
      expect(restoredLog.length).toBeLessThanOrEqual(originalLog.length);
      expect(
        restoredLog.map(({ id, streamName, revision, position }) => [id, streamName, revision, position]),
      ).toEqual(
        originalLog
          .slice(0, restoredLog.length)
          .map(({ id, streamName, revision, position }) => [id, streamName, revision, position]),
      );
    });

    it('no activity is half present: each one has all its events or none', () => {
      const all = activities(originalLog);
      for (const [activityId, ids] of activities(restoredLog))
        expect({ activityId, ids }).toEqual({ activityId, ids: all.get(activityId) });
    });

    it('every write acknowledged before the backup began is in it', () => {
      expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(30);
      const restoredActivities = new Set(restoredLog.map(activityOf));
      expect(acknowledgedBefore.filter((activityId) => !restoredActivities.has(activityId))).toEqual([]);
    });

    it(
      "each tenant's quota view, rebuilt on the restored data dir, equals the fold of its restored stream",
      async () => {
        const tenants = [...(await tenantStreams(restored.store)).keys()];
        expect(tenants).toEqual(expect.arrayContaining(tenantIds));
        for (const tenantId of tenants) {
          const audit = await auditTenant(restored.store, tenantId);
          expect(audit.violations).toEqual([]);
          const answer = await new TenantClient(restored, tenantId).quota();
          expectStatus(answer, 200);
          const { tenantId: _tenant, position: _position, expiring: _answered, ...view } = answer.body;
          const { expiring: _folded, ...folded } = quotaOf(audit.state);
          expect({ tenantId, ...view }).toEqual({ tenantId, ...folded });
        }
      },
      SETUP_TIMEOUT_MS,
    );
  });

  describe('the keyring of personal-data keys', () => {
    it('is copied after the log, with the same online backup, when the data dir has one', async () => {
      const dataDir = tempDir();
      const store = EmbeddedEventStore.open(path.join(dataDir, EMBEDDED_STORE_FILE));
      await store.append(
        'licensing-tenant-k',
        [{ id: randomUUID(), type: 'AccountDeleted', data: {}, metadata: {} }],
        'any',
      );
      await store.close();
      // Not the keyring's own schema (it lives on another branch): any SQLite file is copied as it is.
      const keyring = new Database(path.join(dataDir, KEYRING_FILE));
      keyring.exec(
        "CREATE TABLE tenant_keys (tenant_id TEXT PRIMARY KEY, key BLOB); INSERT INTO tenant_keys VALUES ('k', x'0102')",
      );
      keyring.close();
      const backupDir = path.join(tempDir(), 'backup');

      const run = await cli(dataDir, ['backup', backupDir]);

      expect(run.code).toBe(0);
      expect(fs.readdirSync(backupDir).sort()).toEqual([KEYRING_FILE, EMBEDDED_STORE_FILE].sort());
      // The log first, then the keyring: every key the copied log needs was created before it.
      const copied = JSON.parse(
        (await cli(dataDir, ['backup', path.join(tempDir(), 'backup-json'), '--format', 'json'])).stdout,
      ) as { files: { file: string; events?: number }[] };
      expect(copied.files).toEqual([
        expect.objectContaining({ file: EMBEDDED_STORE_FILE, events: 1 }),
        expect.objectContaining({ file: KEYRING_FILE }),
      ]);
      expect(run.stdout).toMatch(
        /^FILE\s+EVENTS\s+BYTES\s+RESTARTS\nledger\.sqlite\s+1\s+\d+\s+0\nkeyring\.sqlite\s+\d+\s+0\n$/,
      );
      const copy = new Database(path.join(backupDir, KEYRING_FILE), { readonly: true });
      expect(copy.prepare('SELECT tenant_id, hex(key) AS key FROM tenant_keys').all()).toEqual([
        { tenant_id: 'k', key: '0102' },
      ]);
      copy.close();
      expect(fs.existsSync(path.join(backupDir, PROJECTIONS_FILE))).toBe(false);
    });
  });

  describe('refusals: nothing is written', () => {
    function storeIn(dataDir: string): Promise<void> {
      return EmbeddedEventStore.open(path.join(dataDir, EMBEDDED_STORE_FILE)).close();
    }

    it('with EventStoreDB configured: exit 2, one line pointing at its own backup procedure', async () => {
      const dataDir = tempDir();
      const target = path.join(tempDir(), 'backup');
      const run = await cli(dataDir, ['backup', target], {
        LEDGER_EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
      });
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(
        /^ledger: [^\n]*LEDGER_EVENTSTORE_URL is set[^\n]*EventStoreDB[^\n]*docs\/operations\.md[^\n]*\n$/,
      );
      expect(fs.existsSync(target)).toBe(false);
    });

    it('into a directory that is not empty: exit 2, what it holds untouched', async () => {
      const dataDir = tempDir();
      await storeIn(dataDir);
      const target = tempDir();
      fs.writeFileSync(path.join(target, EMBEDDED_STORE_FILE), 'an older backup');
      const run = await cli(dataDir, ['backup', target]);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(
        /^ledger: [^\n]* is not empty: a backup goes to a new or empty directory[^\n]*\n$/,
      );
      expect(fs.readdirSync(target)).toEqual([EMBEDDED_STORE_FILE]);
      expect(fs.readFileSync(path.join(target, EMBEDDED_STORE_FILE), 'utf8')).toBe('an older backup');
    });

    it('onto a file: exit 2', async () => {
      const dataDir = tempDir();
      await storeIn(dataDir);
      const target = path.join(tempDir(), 'a-file');
      fs.writeFileSync(target, '');
      const run = await cli(dataDir, ['backup', target]);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/is not a directory\n$/);
    });

    it('from a data dir without a store: exit 1, no store created, no target', async () => {
      const dataDir = tempDir();
      const target = path.join(tempDir(), 'backup');
      const run = await cli(dataDir, ['backup', target]);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toMatch(/^ledger: no embedded store at [^\n]*: nothing to back up/);
      expect(fs.existsSync(path.join(dataDir, EMBEDDED_STORE_FILE))).toBe(false);
      expect(fs.existsSync(target)).toBe(false);
    });

    it('an empty directory is a fine target', async () => {
      const dataDir = tempDir();
      await storeIn(dataDir);
      const target = tempDir();
      const run = await cli(dataDir, ['backup', target]);
      expect(run.code).toBe(0);
      expect(fs.readdirSync(target)).toEqual([EMBEDDED_STORE_FILE]);
    });
  });
});
