import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EventIdConflictError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type { EventToAppend, RecordedEvent } from '../events';
import { EmbeddedEventStore, type EmbeddedEventStoreOptions } from './embedded-event-store';
import { SCHEMA_VERSION } from './sqlite-schema';

// What the contract suite (../contract) cannot say about every adapter: the file, the pages,
// other processes on the same file, and how this adapter refuses reused ids.

function anEvent(index = 0): EventToAppend {
  return { id: randomUUID(), type: 'LicenseAssigned', data: { index }, metadata: { actor: 'spec' } };
}

function someEvents(count: number): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => anEvent(index));
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('EmbeddedEventStore', () => {
  let dir: string;
  let file: string;
  const opened: EmbeddedEventStore[] = [];

  function open(options?: EmbeddedEventStoreOptions, path = file): EmbeddedEventStore {
    const store = EmbeddedEventStore.open(path, options);
    opened.push(store);
    return store;
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-embedded-'));
    file = join(dir, 'events.sqlite');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });

  describe('the file', () => {
    it('that another connection holds locked past the busy timeout is refused as unavailable, saying so in our words', async () => {
      await open().close();
      const other = new Database(file);
      try {
        other.exec('BEGIN EXCLUSIVE');
        expect(() => EmbeddedEventStore.open(file, { busyTimeoutMs: 50 })).toThrow(StoreUnavailableError);
        expect(() => EmbeddedEventStore.open(file, { busyTimeoutMs: 50 })).toThrow(
          /another process has it open and holds a lock on it/,
        );
      } finally {
        other.close();
      }
      // Once the lock is gone, it opens.
      expect(() => open()).not.toThrow();
    });

    it('is created with its parent folders, in WAL mode, at the current schema version', async () => {
      const nested = join(dir, 'a', 'b', 'ledger.sqlite');
      const store = open({}, nested);
      await store.append('s', [anEvent()], 'no-stream');

      const raw = new Database(nested, { readonly: true });
      try {
        expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      } finally {
        raw.close();
      }
    });

    it('holds many appends across a reopen, with positions and revisions intact', async () => {
      const first = open();
      let expected: 'no-stream' | bigint = 'no-stream';
      for (let batch = 0; batch < 100; batch++) {
        expected = (await first.append('licensing-tenant-big', someEvents(100), expected))
          .nextExpectedRevision;
      }
      const head = await first.headPosition();
      await first.close();

      const again = open();
      expect(await again.headPosition()).toBe(head);
      const events = await collect(again.readStream('licensing-tenant-big'));
      expect(events).toHaveLength(10_000);
      expect(events.every((event, index) => event.revision === BigInt(index))).toBe(true);
      expect((await again.append('licensing-tenant-big', [anEvent()], 9_999n)).nextExpectedRevision).toBe(
        10_000n,
      );
    });

    it('opens a file written when the store still kept checkpoints, leaving their table alone', async () => {
      const written = open();
      await written.append('s', [anEvent()], 'no-stream');
      await written.close();
      const raw = new Database(file);
      raw.exec(
        'CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID',
      );
      raw.prepare('INSERT INTO checkpoints VALUES (?, ?, ?)').run('quota', 1, 0);
      raw.close();

      const again = open();
      expect((await again.append('s', [anEvent()], 0n)).nextExpectedRevision).toBe(1n);
      await again.close();
      const after = new Database(file, { readonly: true });
      try {
        expect(after.prepare('SELECT count(*) AS n FROM checkpoints').get()).toEqual({ n: 1 });
      } finally {
        after.close();
      }
    });

    it('does not create a checkpoints table (projection checkpoints live in projections.sqlite)', async () => {
      await open().close();
      const raw = new Database(file, { readonly: true });
      try {
        const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
        expect(tables).not.toContain('checkpoints');
      } finally {
        raw.close();
      }
    });

    it('refuses a file written by a newer schema, saying why', async () => {
      await open().close();
      const raw = new Database(file);
      raw.pragma('user_version = 99');
      raw.close();
      expect(() => open()).toThrow(StoreUnavailableError);
      expect(() => open()).toThrow(/schema 99/);
    });
  });

  describe('reading in pages', () => {
    it('reads streams, $all and a catch-up across page boundaries, honouring maxCount', async () => {
      const store = open({ pageSize: 3 });
      const batch = someEvents(10);
      await store.append('licensing-tenant-p', batch, 'no-stream');
      await store.append('other-p', someEvents(4), 'no-stream');
      const ids = batch.map((event) => event.id);

      expect((await collect(store.readStream('licensing-tenant-p'))).map((e) => e.id)).toEqual(ids);
      expect(
        await collect(store.readStream('licensing-tenant-p', { fromRevision: 2n, maxCount: 7 })),
      ).toHaveLength(7);
      expect(await collect(store.readAll())).toHaveLength(14);
      expect(await collect(store.readAll({ maxCount: 6 }))).toHaveLength(6);

      const subscription = store.subscribeToAll({ filter: { streamPrefix: 'licensing-' } });
      const seen: RecordedEvent[] = [];
      for await (const event of subscription) {
        seen.push(event);
        if (seen.length === 10) break;
      }
      expect(seen.map((e) => e.id)).toEqual(ids);
    });
  });

  describe('long reads share the event loop (SPEC: no read holds it for long)', () => {
    /**
     * Reads every event of `read` and says how many had been delivered when a task queued with
     * setImmediate just before the read got its turn (null: not before the read ended). better-sqlite3
     * is synchronous, so only a read that hands the loop back between pages lets it run.
     */
    async function deliveredBeforeOtherWorkRan(read: AsyncIterable<RecordedEvent>, stopAfter?: number) {
      let ranAfter: number | null = null;
      let delivered = 0;
      setImmediate(() => (ranAfter = delivered));
      for await (const _event of read) {
        delivered += 1;
        if (delivered === stopAfter) break;
      }
      return { ranAfter: ranAfter as number | null, delivered };
    }

    async function aStoreWith(events: number): Promise<EmbeddedEventStore> {
      const store = open({ pageSize: 10 });
      await store.append('licensing-tenant-long', someEvents(events), 'no-stream');
      return store;
    }

    it('readStream, readAll and a subscription catching up let queued work run between pages', async () => {
      const store = await aStoreWith(50);
      const reads = [
        store.readStream('licensing-tenant-long'),
        store.readAll(),
        store.subscribeToAll({ filter: { streamPrefix: 'licensing-' } }),
      ];
      for (const read of reads) {
        const { ranAfter, delivered } = await deliveredBeforeOtherWorkRan(read, 50);
        expect(delivered).toBe(50);
        // After the first page, before the last one.
        expect(ranAfter).not.toBeNull();
        expect(ranAfter).toBeGreaterThanOrEqual(10);
        expect(ranAfter).toBeLessThan(50);
      }
    });

    it('a read of one page (a write model catching up) does not wait for a turn of the loop', async () => {
      const store = await aStoreWith(8);
      expect(await deliveredBeforeOtherWorkRan(store.readStream('licensing-tenant-long'))).toEqual({
        ranAfter: null,
        delivered: 8,
      });
      expect(
        await deliveredBeforeOtherWorkRan(store.readStream('licensing-tenant-long', { fromRevision: 8n })),
      ).toEqual({ ranAfter: null, delivered: 0 });
    });
  });

  describe('another process on the same file', () => {
    it('is seen by a live subscription through the poll', async () => {
      const reader = open({ pollIntervalMs: 20 });
      const writer = open();
      const subscription = reader.subscribeToAll();
      const next = subscription[Symbol.asyncIterator]().next();

      const event = anEvent();
      await writer.append('licensing-tenant-x', [event], 'no-stream');

      expect((await next).value).toMatchObject({ id: event.id, streamName: 'licensing-tenant-x' });
      await subscription.close();
    });

    it('is seen by a catch-up read from past the head this process last wrote', async () => {
      const one = open();
      const two = open();
      await one.append('licensing-tenant-c', someEvents(2), 'no-stream');
      expect(await collect(one.readStream('licensing-tenant-c', { fromRevision: 2n }))).toEqual([]);
      expect(await collect(one.readStream('licensing-tenant-none', { fromRevision: 5n }))).toEqual([]);

      const later = anEvent();
      await two.append('licensing-tenant-c', [later], 1n);
      const caughtUp = await collect(one.readStream('licensing-tenant-c', { fromRevision: 2n }));
      expect(caughtUp.map((event) => [event.id, event.revision])).toEqual([[later.id, 2n]]);
    });

    it('loses an append race with the typed error', async () => {
      const one = open();
      const two = open();
      await one.append('licensing-tenant-r', [anEvent()], 'no-stream');
      await two.append('licensing-tenant-r', [anEvent()], 0n);
      await expect(one.append('licensing-tenant-r', [anEvent()], 0n)).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        actual: 1n,
      });
    });
  });

  describe('reused event ids', () => {
    it('are unique per stream, as in EventStoreDB: another stream may hold the same id', async () => {
      const store = open();
      const event = anEvent();
      await store.append('licensing-tenant-a', [event], 'no-stream');
      expect(await store.append('licensing-tenant-b', [event], 'no-stream')).toMatchObject({
        nextExpectedRevision: 0n,
      });
      expect((await collect(store.readAll())).map((e) => [e.streamName, e.id])).toEqual([
        ['licensing-tenant-a', event.id],
        ['licensing-tenant-b', event.id],
      ]);
    });

    it('refuses a batch whose later event is already stored, naming it', async () => {
      const store = open();
      const stored = anEvent();
      await store.append('licensing-tenant-a', [stored], 'no-stream');
      const attempt = store.append('licensing-tenant-a', [anEvent(), stored], 0n);
      await expect(attempt).rejects.toThrow(EventIdConflictError);
      await expect(attempt).rejects.toMatchObject({ eventId: stored.id });
      expect(await collect(store.readStream('licensing-tenant-a'))).toHaveLength(1);
    });

    it('refuses the same id twice in one batch', async () => {
      const store = open();
      const event = anEvent();
      await expect(store.append('licensing-tenant-a', [event, event], 'no-stream')).rejects.toThrow(
        /appears twice in the batch/,
      );
      expect(await store.headPosition()).toBeNull();
    });
  });

  describe('empty appends', () => {
    it('check the expectation and, on a missing stream, report revision -1 at position 0', async () => {
      const store = open();
      expect(await store.append('licensing-tenant-e', [], 'no-stream')).toEqual({
        nextExpectedRevision: -1n,
        position: 0n,
        deduplicated: false,
      });
      await expect(store.append('licensing-tenant-e', [], 'stream-exists')).rejects.toThrow(
        WrongExpectedRevisionError,
      );
      expect(await store.headPosition()).toBeNull();
    });
  });

  describe('group commit', () => {
    /** How many write transactions the file has seen, read from another connection. */
    function rowsSeenByAnotherConnection(): number {
      const raw = new Database(file, { readonly: true });
      try {
        return Number((raw.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n);
      } finally {
        raw.close();
      }
    }

    it('commits the appends of one event-loop turn together; each resolves only once it is on disk', async () => {
      const store = open();
      const seenAtResolution: number[] = [];
      const appends = Array.from({ length: 50 }, (_, i) =>
        store.append(`licensing-tenant-g${i}`, someEvents(2), 'no-stream').then((result) => {
          seenAtResolution.push(rowsSeenByAnotherConnection());
          return result;
        }),
      );
      const results = await Promise.all(appends);

      // Committed before the first promise settled: another connection already sees all 100 rows.
      expect(seenAtResolution.every((count) => count === 100)).toBe(true);
      // One transaction: positions 1..100 in the order the appends were asked for.
      expect(results.map((result) => result.position)).toEqual(results.map((_, i) => BigInt(2 * i + 2)));
    });

    it('fails only the append whose expectation is wrong; the others in the group are written', async () => {
      const store = open();
      await store.append('licensing-tenant-a', [anEvent()], 'no-stream');
      const [ok, stale, alsoOk] = await Promise.allSettled([
        store.append('licensing-tenant-b', [anEvent()], 'no-stream'),
        store.append('licensing-tenant-a', [anEvent()], 'no-stream'),
        store.append('licensing-tenant-c', [anEvent()], 'no-stream'),
      ]);
      expect(ok.status).toBe('fulfilled');
      expect(alsoOk.status).toBe('fulfilled');
      expect(stale.status === 'rejected' && stale.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await collect(store.readStream('licensing-tenant-a'))).toHaveLength(1);
      expect(rowsSeenByAnotherConnection()).toBe(3);
    });

    it('rolls back a failing append whole, even after some of its rows were inserted', async () => {
      const store = open();
      const reused = anEvent();
      const [broken, fine] = await Promise.allSettled([
        // The second row violates UNIQUE(stream_name, event_id) after the first was inserted.
        store.append('licensing-tenant-x', [reused, reused], 'no-stream'),
        store.append('licensing-tenant-y', [anEvent()], 'no-stream'),
      ]);
      expect(broken.status === 'rejected' && broken.reason).toBeInstanceOf(EventIdConflictError);
      expect(fine.status).toBe('fulfilled');
      expect(await collect(store.readStream('licensing-tenant-x'))).toHaveLength(0);
      expect(await store.headPosition()).toBe(fine.status === 'fulfilled' ? fine.value.position : null);
    });

    it('lets appends of one stream in one group see each other, in the order asked', async () => {
      const store = open();
      const [first, second, conflicting] = await Promise.allSettled([
        store.append('licensing-tenant-s', [anEvent()], 'no-stream'),
        store.append('licensing-tenant-s', [anEvent()], 0n),
        store.append('licensing-tenant-s', [anEvent()], 0n),
      ]);
      expect(first.status === 'fulfilled' && first.value.nextExpectedRevision).toBe(0n);
      expect(second.status === 'fulfilled' && second.value.nextExpectedRevision).toBe(1n);
      expect(conflicting.status === 'rejected' && conflicting.reason).toBeInstanceOf(
        WrongExpectedRevisionError,
      );
    });

    it('commits appends already asked for when closed, and refuses new ones', async () => {
      const store = open();
      const asked = store.append('licensing-tenant-z', [anEvent()], 'no-stream');
      await store.close();
      await expect(asked).resolves.toMatchObject({ nextExpectedRevision: 0n });
      await expect(store.append('licensing-tenant-z', [anEvent()], 0n)).rejects.toThrow(
        StoreUnavailableError,
      );
      expect(rowsSeenByAnotherConnection()).toBe(1);
    });
  });

  describe('closing', () => {
    it('ends open subscriptions, then answers every call as unavailable', async () => {
      const store = open();
      const subscription = store.subscribeToAll();
      const pending = subscription[Symbol.asyncIterator]().next();

      await store.close();

      await expect(pending).resolves.toEqual({ done: true, value: undefined });
      await expect(store.append('s', [anEvent()], 'any')).rejects.toThrow(StoreUnavailableError);
      await expect(collect(store.readAll())).rejects.toThrow(StoreUnavailableError);
      expect(() => store.subscribeToAll()).toThrow(StoreUnavailableError);
      expect(await store.health()).toMatchObject({ up: false, adapter: 'embedded' });
      expect(existsSync(file)).toBe(true);
    });
  });
});
