import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors';
import type { JsonObject } from '../events';
import { EmbeddedEventStore } from './embedded-event-store';
import { migrationFileOf } from './schema-1-migration';
import { SCHEMA_VERSION } from './sqlite-schema';

const REPOSITORY = resolve(__dirname, '../../../..');
/** Written by the code before schema 2 (test/fixtures/stores/v1/README.md); never regenerated. */
const SCHEMA_1_FILE = join(REPOSITORY, 'test/fixtures/stores/v1/ledger.sqlite');
const CHILD = join(__dirname, 'testing', 'migrating-child.ts');

/** An event as the schema-1 file holds it, read with plain SQL: what every later build must read back. */
interface StoredEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly recordedAt: Date;
}

function eventsOfSchema1File(file: string): StoredEvent[] {
  const db = new Database(file, { readonly: true });
  try {
    db.defaultSafeIntegers(true);
    return db
      .prepare<
        [],
        {
          position: bigint;
          stream_name: string;
          revision: bigint;
          event_id: string;
          type: string;
          data: string;
          metadata: string;
          recorded_at: bigint;
        }
      >(
        'SELECT position, stream_name, revision, event_id, type, data, metadata, recorded_at FROM events ORDER BY position',
      )
      .all()
      .map((row) => ({
        id: row.event_id,
        streamName: row.stream_name,
        revision: row.revision,
        position: row.position,
        type: row.type,
        data: JSON.parse(row.data) as JsonObject,
        metadata: JSON.parse(row.metadata) as JsonObject,
        recordedAt: new Date(Number(row.recorded_at)),
      }));
  } finally {
    db.close();
  }
}

async function readAllOf(store: EmbeddedEventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

function schemaVersionOfFile(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
}

describe('schema 1 → 2: a store file written before schema 2 is migrated when it is opened', () => {
  let dir: string;
  let file: string;
  let expected: StoredEvent[];

  beforeAll(() => {
    expected = eventsOfSchema1File(SCHEMA_1_FILE);
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-migration-'));
    file = join(dir, 'ledger.sqlite');
    copyFileSync(SCHEMA_1_FILE, file);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the committed file is a schema-1 file with sealed personal data, as users have them', () => {
    expect(schemaVersionOfFile(file)).toBe(1);
    expect(expected).toHaveLength(303);
    expect(expected.some((event) => typeof event.metadata['sealed'] === 'object')).toBe(true);
  });

  it('reads back every event exactly as schema 1 held it: ids, streams, revisions, positions, bodies, commit times', async () => {
    const store = EmbeddedEventStore.open(file);
    try {
      expect(await readAllOf(store)).toEqual(expected);
      const stream = expected[0].streamName;
      const ofStream = expected.filter((event) => event.streamName === stream);
      const read: StoredEvent[] = [];
      for await (const event of store.readStream(stream)) read.push(event);
      expect(read).toEqual(ofStream);
    } finally {
      await store.close();
    }
    expect(schemaVersionOfFile(file)).toBe(SCHEMA_VERSION);
    expect(existsSync(migrationFileOf(file))).toBe(false);
  });

  it('goes on where schema 1 stopped: the next revision and a new position, and a retried old append appends nothing', async () => {
    const store = EmbeddedEventStore.open(file);
    try {
      const last = expected[expected.length - 1];
      const ofStream = expected.filter((event) => event.streamName === last.streamName);
      const retried = await store.append(
        last.streamName,
        [{ id: last.id, type: last.type, data: last.data, metadata: last.metadata }],
        'any',
      );
      expect(retried).toEqual({
        nextExpectedRevision: last.revision,
        position: last.position,
        deduplicated: true,
      });

      const appended = await store.append(
        last.streamName,
        [
          {
            id: 'e7f9d4a4-7a55-4a8e-9d0e-0c2cbb0d7a11',
            type: 'AccountDeleted',
            data: { accountId: 'a' },
            metadata: {},
          },
        ],
        BigInt(ofStream.length - 1),
      );
      expect(appended.nextExpectedRevision).toBe(BigInt(ofStream.length));
      expect(appended.position).toBe(last.position + 1n);
    } finally {
      await store.close();
    }
  });

  it('is left usable by a crash at any step: reopened, it holds every event once', async () => {
    for (const step of ['copying', 'copied', 'renamed'] as const) {
      copyFileSync(SCHEMA_1_FILE, file);
      const child = spawnSync(process.execPath, ['-r', '@swc-node/register', CHILD, file, step], {
        cwd: REPOSITORY,
        encoding: 'utf8',
      });
      expect({ step, signal: child.signal }).toEqual({ step, signal: 'SIGKILL' });
      // Before the rename the old file is whole; after it, the new one is.
      expect(schemaVersionOfFile(file)).toBe(step === 'renamed' ? SCHEMA_VERSION : 1);

      const store = EmbeddedEventStore.open(file);
      try {
        expect(await readAllOf(store)).toEqual(expected);
      } finally {
        await store.close();
      }
      expect(existsSync(migrationFileOf(file))).toBe(false);
    }
    // Three child processes, each compiling TypeScript at start: slow on a loaded machine.
  }, 120_000);

  it('refuses, saying why, while another process has the old file open, and leaves it as it was', async () => {
    const other = new Database(file);
    try {
      other.pragma('journal_mode = WAL');
      other.prepare('SELECT count(*) FROM events').get();
      expect(() => EmbeddedEventStore.open(file, { busyTimeoutMs: 2_000 })).toThrow(StoreUnavailableError);
      expect(() => EmbeddedEventStore.open(file, { busyTimeoutMs: 2_000 })).toThrow(
        /another process has it open/,
      );
    } finally {
      other.close();
    }
    expect(schemaVersionOfFile(file)).toBe(1);
    expect(eventsOfSchema1File(file)).toEqual(expected);
  });
});
