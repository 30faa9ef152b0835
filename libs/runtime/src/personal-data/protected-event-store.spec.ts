import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import {
  EmbeddedEventStore,
  StoreUnavailableError,
  WrongExpectedRevisionError,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
} from '@ledger/event-store';
import { ERASED, tenantStreamName, type LedgerEvent } from '@ledger/licensing';
import { stampActivity } from '../activity/stamp-activity';
import { Keyring } from './keyring';
import { ProtectedEventStore } from './protected-event-store';

const TENANT = 'contoso';
const STREAM = tenantStreamName(TENANT);
const NAME = 'Reception Main Line';
const NUMBER = '+14255550123';
const ACTOR = 'megan.bowen@contoso.example';

const created: LedgerEvent = {
  type: 'AccountCreated',
  data: { accountId: 'aa-1', displayName: NAME, kind: 'resource', resourceType: 'auto-attendant' },
};
const assigned: LedgerEvent = {
  type: 'LicenseAssigned',
  data: { accountId: 'aa-1', sku: 'PHONE_SYSTEM_VIRTUAL_USER' },
};
const numbered: LedgerEvent = {
  type: 'PhoneNumberAssigned',
  data: { accountId: 'aa-1', phoneNumber: NUMBER },
};
const erasure: LedgerEvent = {
  type: 'PersonalDataErased',
  data: { fields: ['displayName', 'phoneNumber', 'actor'] },
};

let commands = 0;
function activity(events: readonly LedgerEvent[], actor = ACTOR): EventToAppend[] {
  commands += 1;
  return stampActivity(events, {
    tenantId: TENANT,
    commandId: `cmd-${commands}`,
    actor,
    correlationId: `corr-${commands}`,
    occurredAt: new Date(Date.UTC(2026, 10, 30, 12, 0, commands)),
  }).events;
}

async function all(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const read: RecordedEvent[] = [];
  for await (const event of events) read.push(event);
  return read;
}

/** What the log holds of these events, as text. */
function textOf(events: readonly RecordedEvent[]): string {
  return JSON.stringify(events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })));
}

/** Every byte of every file in `dir`, as text: what a scan of the disk would find. */
function filesOf(dir: string): string {
  return fs
    .readdirSync(dir)
    .map((name) => fs.readFileSync(path.join(dir, name)).toString('latin1'))
    .join('\n');
}

describe('ProtectedEventStore (SPEC §5 crypto-shredding)', () => {
  let dir: string;
  let log: EmbeddedEventStore;
  let keyring: Keyring;
  let store: ProtectedEventStore;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protected-store-'));
    log = EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite'));
    keyring = Keyring.open(path.join(dir, 'keyring.sqlite'));
    store = new ProtectedEventStore(log, keyring);
  });

  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('seals display names, numbers and actors in the log, and reads back exactly what was appended', async () => {
    const appended = [...activity([created, assigned]), ...activity([numbered])];
    await store.append(STREAM, appended.slice(0, 2), 'no-stream');
    await store.append(STREAM, appended.slice(2), 1n);

    const read = await all(store.readStream(STREAM));
    expect(read.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }))).toEqual(appended);

    const raw = textOf(await all(log.readStream(STREAM)));
    for (const secret of [NAME, NUMBER, ACTOR]) expect(raw).not.toContain(secret);
    expect(raw).toContain('aa-1'); // account ids are opaque keys, never sealed
    for (const secret of [NAME, NUMBER, ACTOR]) expect(filesOf(dir)).not.toContain(secret);
  });

  it('reads every personal field before an erasure as "[erased]", and everything else as it was', async () => {
    await store.append(STREAM, activity([created, assigned, numbered]), 'no-stream');
    await store.append(STREAM, activity([erasure], 'admin@ledger.example'), 2n);

    const [first, second, third, erased] = await all(store.readStream(STREAM));
    expect(first?.data).toEqual({ ...created.data, displayName: ERASED });
    expect(second?.data).toEqual(assigned.data);
    expect(third?.data).toEqual({ ...numbered.data, phoneNumber: ERASED });
    for (const event of [first, second, third]) expect(event?.metadata.actor).toBe(ERASED);
    expect(erased?.metadata.actor).toBe('admin@ledger.example');
    expect(first?.metadata.tenantId).toBe(TENANT);
  });

  it('destroys the key: a copy of the log taken before the erasure no longer opens either', async () => {
    await store.append(STREAM, activity([created]), 'no-stream');
    const copy = path.join(dir, 'copy.sqlite');
    await log.close();
    fs.copyFileSync(path.join(dir, 'ledger.sqlite'), copy); // closed: the file holds every commit
    log = EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite'));
    store = new ProtectedEventStore(log, keyring);
    await store.append(STREAM, activity([erasure]), 0n);

    // The copy knows nothing of the erasure; only the keyring does, and its key is gone.
    const copied = new ProtectedEventStore(
      EmbeddedEventStore.open(copy),
      Keyring.open(path.join(dir, 'keyring.sqlite')),
    );
    try {
      const [event] = await all(copied.readStream(STREAM));
      expect(event?.data.displayName).toBe(ERASED);
      expect(event?.metadata.actor).toBe(ERASED);
    } finally {
      await copied.close();
    }
  });

  it('seals what is written after an erasure with a new key, which reads back', async () => {
    await store.append(STREAM, activity([created]), 'no-stream');
    await store.append(STREAM, activity([erasure]), 0n);
    const later: LedgerEvent = {
      type: 'AccountCreated',
      data: { accountId: 'aa-2', displayName: 'After', kind: 'user' },
    };
    await store.append(STREAM, activity([later]), 1n);

    const read = await all(store.readStream(STREAM));
    expect(read[2]?.data.displayName).toBe('After');
    const raw = await all(log.readStream(STREAM));
    const keyOf = (event: RecordedEvent | undefined) => (event?.metadata.sealed as { keyId: string }).keyId;
    expect(keyOf(raw[2])).not.toBe(keyOf(raw[0]));
    expect(keyOf(raw[2])).toBe(keyOf(raw[1])); // the erasure's own actor: sealed with the new key
  });

  it('erases, in the same append, the events before its erasure, as they are written', async () => {
    await store.append(
      STREAM,
      [...activity([created]), ...activity([erasure]), ...activity([numbered])],
      'no-stream',
    );
    const [first, , third] = await all(store.readStream(STREAM));
    expect(first?.data.displayName).toBe(ERASED);
    expect(third?.data.phoneNumber).toBe(NUMBER);
    expect(textOf(await all(log.readStream(STREAM)))).not.toContain(NAME);
  });

  it('reads events stored in the clear before sealing existed (v0.1) as they are, and as erased once erased', async () => {
    await log.append(STREAM, activity([created]), 'no-stream');
    expect((await all(store.readStream(STREAM)))[0]?.data.displayName).toBe(NAME);
    await store.append(STREAM, activity([erasure]), 0n);
    const [legacy] = await all(store.readStream(STREAM));
    expect(legacy?.data.displayName).toBe(ERASED);
    expect(legacy?.metadata.actor).toBe(ERASED);
  });

  it('reads a sealed value that does not open with its key as "[erased]", never as the stored text', async () => {
    const [event] = await all(
      (await store.append(STREAM, activity([created]), 'no-stream'), log.readStream(STREAM)),
    );
    const forged = {
      ...event!,
      id: '00000000-0000-4000-8000-000000000001',
      data: { ...event!.data, displayName: 'bm90IGEgc2VhbA' },
    };
    await log.append(
      STREAM,
      [{ id: forged.id, type: forged.type, data: forged.data, metadata: forged.metadata }],
      0n,
    );
    const read = await all(store.readStream(STREAM));
    expect(read[1]?.data.displayName).toBe(ERASED);
    expect(read[1]?.metadata.actor).toBe(ACTOR);
  });

  it('an erasure that loses a race leaves the data erased; decided again, it reaches the newer events too', async () => {
    await store.append(STREAM, activity([created]), 'no-stream');
    // Another writer appends first; this erasure expected revision 0.
    await store.append(STREAM, activity([numbered]), 0n);
    await expect(store.append(STREAM, activity([erasure]), 0n)).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    expect((await all(store.readStream(STREAM)))[0]?.data.displayName).toBe(ERASED);

    await store.append(STREAM, activity([erasure]), 1n);
    const read = await all(store.readStream(STREAM));
    expect(
      read.map((event) => [event.data.displayName ?? event.data.phoneNumber, event.metadata.actor]),
    ).toEqual([
      [ERASED, ERASED],
      [ERASED, ERASED],
      [undefined, ACTOR],
    ]);
  });

  it('an erasure whose append fails (the store is down) leaves the data unreadable; the retry records it', async () => {
    await store.append(STREAM, activity([created]), 'no-stream');
    let failNext = true;
    const failing: EventStore = Object.assign(Object.create(log) as EventStore, {
      append: (...args: Parameters<EventStore['append']>) => {
        if (!failNext) return log.append(...args);
        failNext = false;
        return Promise.reject(new StoreUnavailableError('disk unplugged (injected)'));
      },
    });
    const flaky = new ProtectedEventStore(failing, keyring);
    const attempt = activity([erasure]);
    await expect(flaky.append(STREAM, attempt, 0n)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await all(store.readStream(STREAM))).map((event) => event.type)).toEqual(['AccountCreated']);
    expect((await all(store.readStream(STREAM)))[0]?.data.displayName).toBe(ERASED);

    await flaky.append(STREAM, attempt, 0n);
    expect((await all(store.readStream(STREAM))).map((event) => event.type)).toEqual([
      'AccountCreated',
      'PersonalDataErased',
    ]);
  });

  it('another instance on the same log and keyring stops reading the erased data once the erasure reaches it', async () => {
    await store.append(STREAM, activity([created]), 'no-stream');
    const other: EventStore = new ProtectedEventStore(
      EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite')),
      Keyring.open(path.join(dir, 'keyring.sqlite')),
    );
    try {
      expect((await all(other.readStream(STREAM)))[0]?.data.displayName).toBe(NAME); // its key is now cached there
      await store.append(STREAM, activity([erasure]), 0n);
      const [first] = await all(other.readStream(STREAM));
      expect(first?.data.displayName).toBe(ERASED);
    } finally {
      await other.close();
    }
  });

  it('a catch-up that finds nothing new asks the keyring nothing; one that finds an event reads the erasure first', async () => {
    await store.append(STREAM, activity([created]), 'no-stream');
    const erasuresRead = jest.spyOn(keyring, 'erasedThrough');
    expect(await all(store.readStream(STREAM, { fromRevision: 1n }))).toEqual([]);
    expect(erasuresRead).not.toHaveBeenCalled();
    await store.append(STREAM, activity([erasure]), 0n);
    erasuresRead.mockClear();
    expect((await all(store.readStream(STREAM, { fromRevision: 0n })))[0]?.data.displayName).toBe(ERASED);
    expect(erasuresRead).toHaveBeenCalledWith(TENANT);
  });

  it('applies an erasure again when the keyring was restored from a backup older than it', async () => {
    await store.append(STREAM, activity([created]), 'no-stream');
    await store.close();
    const keyringFile = path.join(dir, 'keyring.sqlite');
    fs.copyFileSync(keyringFile, path.join(dir, 'keyring-backup.sqlite'));
    log = EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite'));
    store = new ProtectedEventStore(log, Keyring.open(keyringFile));
    await store.append(STREAM, activity([erasure]), 0n);
    await store.close();

    // The old keyring holds the destroyed key again, and knows nothing of the erasure.
    fs.copyFileSync(path.join(dir, 'keyring-backup.sqlite'), keyringFile);
    log = EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite'));
    keyring = Keyring.open(keyringFile);
    store = new ProtectedEventStore(log, keyring);
    await all(store.readAll()); // the projections' catch-up after a restore reads the erasure
    expect(keyring.erasedThrough(TENANT)).toBe(0n);
    const [first] = await all(store.readStream(STREAM));
    expect(first?.data.displayName).toBe(ERASED);
    expect(textOf(await all(log.readStream(STREAM)))).not.toContain(NAME);
    const later: LedgerEvent = {
      type: 'AccountCreated',
      data: { accountId: 'aa-2', displayName: 'After', kind: 'user' },
    };
    await store.append(STREAM, activity([later]), 1n);
    expect((await all(store.readStream(STREAM)))[2]?.data.displayName).toBe('After');
  });

  it('a full keyring refuses the write as unavailable (503, retryable) and appends nothing, never a driver error', async () => {
    const full = Keyring.open(path.join(dir, 'full-keyring.sqlite'), { maxPageCount: 4 });
    const onFullDisk = new ProtectedEventStore(log, full);
    let refused: unknown = null;
    for (let tenant = 0; tenant < 500 && refused === null; tenant += 1) {
      const tenantId = `tenant-${tenant}`;
      const events = stampActivity([created], {
        tenantId,
        commandId: `full-${tenant}`,
        actor: ACTOR,
        correlationId: 'c',
        occurredAt: new Date(),
      }).events;
      try {
        await onFullDisk.append(tenantStreamName(tenantId), events, 'no-stream');
      } catch (error) {
        refused = error;
        expect(await all(log.readStream(tenantStreamName(tenantId)))).toEqual([]);
      }
    }
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as Error).message).not.toContain(dir);
    full.close();
  });

  it('two instances creating the first keys of the same tenants at once end with one key per tenant', async () => {
    const file = path.join(dir, 'keyring.sqlite');
    const second = Keyring.open(file);
    try {
      const now = new Date();
      const tenants = Array.from({ length: 40 }, (_, index) => `race-${index}`);
      // Each keyring's worker commits on its own connection: the two groups race for each tenant.
      const [mine, theirs] = await Promise.all([
        Promise.all(tenants.map((tenantId) => keyring.liveKey(tenantId, now))),
        Promise.all([...tenants].reverse().map((tenantId) => second.liveKey(tenantId, now))),
      ]);
      expect(mine.map((key) => key.keyId)).toEqual([...theirs].reverse().map((key) => key.keyId));
      expect(new Set(mine.map((key) => key.keyId)).size).toBe(tenants.length);
      const onDisk = new Database(file, { readonly: true });
      try {
        const rows = onDisk
          .prepare<[], { tenant_id: string; key_id: string }>(
            "SELECT tenant_id, key_id FROM tenant_keys WHERE tenant_id LIKE 'race-%' ORDER BY tenant_id",
          )
          .all();
        expect(rows).toHaveLength(tenants.length);
        for (const [index, tenantId] of tenants.entries()) {
          expect(rows.find((row) => row.tenant_id === tenantId)?.key_id).toBe(mine[index]?.keyId);
        }
      } finally {
        onDisk.close();
      }
    } finally {
      second.close();
    }
  });

  it("commits a tenant's first key to the keyring file before an event sealed with it reaches the log", async () => {
    const keysOnDisk: (string | undefined)[] = [];
    const watching: EventStore = Object.assign(Object.create(log) as EventStore, {
      append: (...args: Parameters<EventStore['append']>) => {
        const { keyId } = args[1][0]?.metadata.sealed as { keyId: string };
        // What a crash now would leave: only what the keyring file holds, read on a new connection.
        const onDisk = new Database(path.join(dir, 'keyring.sqlite'), { readonly: true });
        try {
          keysOnDisk.push(
            onDisk
              .prepare<[string], { key_id: string }>('SELECT key_id FROM tenant_keys WHERE key_id = ?')
              .get(keyId)?.key_id,
          );
        } finally {
          onDisk.close();
        }
        return log.append(...args);
      },
    });
    const watched = new ProtectedEventStore(watching, keyring);
    await watched.append(STREAM, activity([created]), 'no-stream');
    const [event] = await all(log.readStream(STREAM));
    expect(keysOnDisk).toEqual([(event?.metadata.sealed as { keyId: string }).keyId]);
  });

  it('a crash between the key and the append loses nothing acknowledged: the append is refused, its retry seals with the same key', async () => {
    let failNext = true;
    const crashing: EventStore = Object.assign(Object.create(log) as EventStore, {
      append: (...args: Parameters<EventStore['append']>) => {
        if (!failNext) return log.append(...args);
        failNext = false;
        return Promise.reject(new StoreUnavailableError('the process died before the append (injected)'));
      },
    });
    const crashed = new ProtectedEventStore(crashing, keyring);
    const attempt = activity([created]);
    await expect(crashed.append(STREAM, attempt, 'no-stream')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await all(log.readStream(STREAM))).toEqual([]);
    const { keyId } = await keyring.liveKey(TENANT, new Date());

    await crashed.append(STREAM, attempt, 'no-stream');
    const [raw] = await all(log.readStream(STREAM));
    expect((raw?.metadata.sealed as { keyId: string }).keyId).toBe(keyId);
    expect((await all(store.readStream(STREAM)))[0]?.data.displayName).toBe(NAME);
  });

  it('gives each of many tenants asked for at once its own key, every one in the file when the appends resolve', async () => {
    const tenants = Array.from({ length: 60 }, (_, index) => `burst-${index}`);
    await Promise.all(
      tenants.map((tenantId) =>
        store.append(
          tenantStreamName(tenantId),
          stampActivity([created], {
            tenantId,
            commandId: `burst-${tenantId}`,
            actor: ACTOR,
            correlationId: 'c',
            occurredAt: new Date(),
          }).events,
          'no-stream',
        ),
      ),
    );
    const reopened = Keyring.open(path.join(dir, 'keyring.sqlite'));
    try {
      const keys = await Promise.all(tenants.map((tenantId) => reopened.liveKey(tenantId, new Date())));
      expect(new Set(keys.map((key) => key.keyId)).size).toBe(tenants.length);
      for (const [index, tenantId] of tenants.entries()) {
        const [raw] = await all(log.readStream(tenantStreamName(tenantId)));
        expect((raw?.metadata.sealed as { keyId: string }).keyId).toBe(keys[index]?.keyId);
      }
    } finally {
      reopened.close();
    }
  });

  it('gives a tenant one live key, whichever instance asks first', async () => {
    const second = Keyring.open(path.join(dir, 'keyring.sqlite'));
    try {
      const now = new Date();
      expect((await second.liveKey(TENANT, now)).keyId).toBe((await keyring.liveKey(TENANT, now)).keyId);
      expect((await keyring.liveKey('fabrikam', now)).keyId).not.toBe(
        (await keyring.liveKey(TENANT, now)).keyId,
      );
    } finally {
      second.close();
    }
  });
});
