import {
  type AllSubscription,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type JsonObject,
  type RecordedEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
  type AllFilter,
  type StoreHealth,
} from '@ledger/event-store';
import { ERASED, PERSONAL_METADATA_FIELDS, personalDataFieldsOf, tenantIdOfStream } from '@ledger/licensing';
import type { Keyring } from './keyring';
import { erasedEvent, SEALED, sealedFieldsOf, splitPath, type SealedFields } from './sealed-event';
import { seal, sealingKeyOf, unseal, type SealingKey } from './sealing';

/** The type of the event that erases a tenant's personal data (SPEC §5). */
const ERASURE = 'PersonalDataErased';

/** Actors kept to spare repeated sealing and unsealing (one is on every event); dropped on any erasure. */
const MAX_MEMO_ENTRIES = 50_000;

/**
 * SPEC §5, crypto-shredding, as a layer over either store: on the way in, the personal fields of
 * each tenant event (personal-fields.ts: display names, phone numbers, the actor) are sealed with
 * the tenant's live key from the keyring; on the way out they are unsealed, and read as
 * `"[erased]"` when their key is gone or their event is at or before the tenant's last erasure
 * (which also covers events stored in the clear before sealing existed). Nothing above it sees a
 * sealed value, and nothing below it sees a personal one.
 *
 * Erasure is an append of `PersonalDataErased`: before it reaches the log, the tenant's key is
 * destroyed and the erasure recorded through the revision the append expects, in the keyring's
 * one transaction. If the append then loses a race, the caller decides again on the newer
 * revision and the erasure reaches further; if it fails, the data is already unreadable and a
 * retry records the event. Personal data written after it is sealed with a new key.
 */
export class ProtectedEventStore implements EventStore {
  private readonly keys = new Map<string, SealingKey | null>();
  private erasures: Map<string, bigint>;
  private readonly sealedMemo = new Map<string, string>();
  private readonly plainMemo = new Map<string, string>();

  constructor(
    private readonly inner: EventStore,
    private readonly keyring: Keyring,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.erasures = keyring.erasures();
  }

  async append(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const tenantId = tenantOf(events[0]?.metadata);
    if (tenantId === null) return this.inner.append(streamName, events, expected);
    const erasureAt = lastIndexOf(events, ERASURE);
    if (erasureAt >= 0) this.erase(tenantId, revisionBefore(expected) + BigInt(erasureAt));
    // Events of the same append before its erasure are erased as they are written; the others sealed.
    const toSeal = events.map((event, index) => (index < erasureAt ? null : personalFieldsOf(event)));
    const live = toSeal.some((fields) => fields !== null && fields.length > 0)
      ? await this.liveKey(tenantId)
      : null;
    return this.inner.append(
      streamName,
      events.map((event, index) => {
        const fields = toSeal[index];
        if (fields === null || fields === undefined) return erasedEvent(event);
        return live === null || fields.length === 0 ? event : this.sealed(event, fields, live);
      }),
      expected,
    );
  }

  /**
   * Read on every append, never cached: another instance may have erased the key meanwhile. Its
   * first key is committed to the keyring before this resolves (keyring.ts), so an event is never
   * handed to the log sealed with a key a crash could lose.
   */
  private async liveKey(tenantId: string): Promise<LiveKey> {
    const { keyId, key } = await this.keyring.liveKey(tenantId, this.clock());
    return { keyId, key: this.sealingKey(keyId, key) };
  }

  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    // A tenant's stream is read from its start (a fold, an as-of, an export): an erasure another
    // instance made must apply to its first event already, not from the erasure's event on.
    return this.opened(this.inner.readStream(streamName, options), tenantIdOfStream(streamName));
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.opened(this.inner.readAll(options));
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    const subscription = this.inner.subscribeToAll(options);
    const opened = this.opened(subscription);
    return {
      [Symbol.asyncIterator]: () => opened[Symbol.asyncIterator](),
      close: () => subscription.close(),
    };
  }

  headPosition(filter?: AllFilter): ReturnType<EventStore['headPosition']> {
    return this.inner.headPosition(filter);
  }

  health(): Promise<StoreHealth> {
    return this.inner.health();
  }

  async close(): Promise<void> {
    this.forgetPlaintexts();
    try {
      await this.inner.close();
    } finally {
      this.keyring.close();
    }
  }

  private erase(tenantId: string, throughRevision: bigint): void {
    this.keyring.erase(tenantId, throughRevision, this.clock());
    this.erased(tenantId);
  }

  /**
   * An erasure in the log that this process's view of the keyring does not cover yet. Usually
   * another instance's: the keyring has it, and from here on this process keeps none of the
   * tenant's plaintexts. If the keyring does not have it either (a keyring restored from a backup
   * older than the erasure), the erasure is applied again: its key is destroyed once more.
   */
  private erasureInLog(tenantId: string, event: RecordedEvent): void {
    const through = event.revision - 1n;
    if ((this.keyring.erasedThrough(tenantId) ?? -1n) < through) {
      const occurredAt = event.metadata.occurredAt;
      const at = typeof occurredAt === 'string' ? new Date(occurredAt) : event.recordedAt;
      this.keyring.erase(tenantId, through, this.clock(), at);
    }
    this.erased(tenantId);
  }

  private refreshErasure(tenantId: string): void {
    const through = this.keyring.erasedThrough(tenantId);
    if (through !== null && through !== this.erasures.get(tenantId)) this.erased(tenantId, through);
  }

  /** This process's view of a tenant's erasure, brought up to date, and every plaintext it kept, dropped. */
  private erased(tenantId: string, through = this.keyring.erasedThrough(tenantId)): void {
    if (through !== null) this.erasures.set(tenantId, through);
    for (const [keyId, key] of this.keys) if (key !== null) this.keys.delete(keyId);
    this.forgetPlaintexts();
  }

  private forgetPlaintexts(): void {
    this.sealedMemo.clear();
    this.plainMemo.clear();
  }

  /** The live key, derived once and kept for reads of what it seals. */
  private sealingKey(keyId: string, key: Buffer): SealingKey {
    return this.keys.get(keyId) ?? this.remembered(keyId, sealingKeyOf(key));
  }

  /** A key by its id, from the keyring once; null (also kept) once it was destroyed. */
  private keyById(keyId: string): SealingKey | null {
    const cached = this.keys.get(keyId);
    if (cached !== undefined) return cached;
    const key = this.keyring.keyById(keyId);
    return this.remembered(keyId, key === null ? null : sealingKeyOf(key));
  }

  private remembered<K extends SealingKey | null>(keyId: string, key: K): K {
    this.keys.set(keyId, key);
    return key;
  }

  private sealed(
    event: EventToAppend,
    fields: readonly PersonalField[],
    { keyId, key }: LiveKey,
  ): EventToAppend {
    const data: Record<string, unknown> = { ...event.data };
    const metadata: Record<string, unknown> = { ...event.metadata };
    const paths: string[] = [];
    for (const { part, field, plaintext } of fields) {
      const path = `${part}.${field}`;
      (part === 'data' ? data : metadata)[field] = this.sealOnce(keyId, key, path, plaintext);
      paths.push(path);
    }
    const sealedFields: SealedFields = { keyId, paths };
    metadata[SEALED] = sealedFields as unknown as JsonObject;
    return { ...event, data: data as JsonObject, metadata: metadata as JsonObject };
  }

  private sealOnce(keyId: string, key: SealingKey, path: string, plaintext: string): string {
    // Only the actor repeats (on every event of a writer); a name or a number is sealed once or twice.
    if (!path.startsWith('metadata.')) return seal(key, path, plaintext);
    const memoKey = `${keyId}\0${path}\0${plaintext}`;
    const memo = this.sealedMemo.get(memoKey);
    if (memo !== undefined) return memo;
    const sealedText = seal(key, path, plaintext);
    remember(this.sealedMemo, memoKey, sealedText);
    return sealedText;
  }

  /**
   * With `refreshFor`, the tenant's erasure is read from the keyring as the first event arrives,
   * before it is opened, not when the read is asked for: the write model's catch-up before every
   * command usually finds nothing new, and then costs no keyring read (a read transaction on the
   * keyring file, about 2 % of a write's CPU under the commands benchmark: bench/PROFILE-http.md).
   */
  private async *opened(
    events: AsyncIterable<RecordedEvent>,
    refreshFor: string | null = null,
  ): AsyncGenerator<RecordedEvent> {
    let refresh = refreshFor;
    for await (const event of events) {
      if (refresh !== null) {
        this.refreshErasure(refresh);
        refresh = null;
      }
      yield this.open(event);
    }
  }

  /** The event as it was appended, its personal fields in the clear, or erased. */
  private open(event: RecordedEvent): RecordedEvent {
    const tenantId = tenantOf(event.metadata);
    if (tenantId === null) return event;
    if (event.type === ERASURE && (this.erasures.get(tenantId) ?? -1n) < event.revision - 1n) {
      this.erasureInLog(tenantId, event);
    }
    const erasedThrough = this.erasures.get(tenantId);
    const erased = erasedThrough !== undefined && event.revision <= erasedThrough;
    const sealedFields = sealedFieldsOf(event.metadata);
    if (sealedFields === null && !erased) return event;
    // Everything personal, sealed or (before sealing existed) in the clear.
    if (erased) return { ...event, ...erasedEvent(event) };

    const data: Record<string, unknown> = { ...event.data };
    const metadata: Record<string, unknown> = { ...event.metadata };
    delete metadata[SEALED];
    if (sealedFields !== null) {
      const key = this.keyById(sealedFields.keyId);
      for (const path of sealedFields.paths) {
        const [part, field] = splitPath(path);
        if (part === null) continue;
        const target = part === 'data' ? data : metadata;
        const value = target[field];
        target[field] =
          typeof value === 'string' && key !== null ? this.unsealOnce(key, path, value) : ERASED;
      }
    }
    return { ...event, data: data as JsonObject, metadata: metadata as JsonObject };
  }

  private unsealOnce(key: SealingKey, path: string, sealedText: string): string {
    if (!path.startsWith('metadata.')) return unseal(key, path, sealedText) ?? ERASED;
    const memo = this.plainMemo.get(sealedText);
    if (memo !== undefined) return memo;
    // A value that does not open with its key (tampered, or another key's) reads as erased, never as itself.
    const plaintext = unseal(key, path, sealedText) ?? ERASED;
    remember(this.plainMemo, sealedText, plaintext);
    return plaintext;
  }
}

/** The live key of a tenant, as appends seal with it. */
interface LiveKey {
  readonly keyId: string;
  readonly key: SealingKey;
}

/** A personal field of an event to append, with its value in the clear. */
interface PersonalField {
  readonly part: 'data' | 'metadata';
  readonly field: string;
  readonly plaintext: string;
}

/** The personal fields (personal-fields.ts) the event carries as text: what sealing it covers. */
function personalFieldsOf(event: EventToAppend): PersonalField[] {
  const fields: PersonalField[] = [];
  for (const field of personalDataFieldsOf(event.type)) {
    const plaintext = event.data[field];
    if (typeof plaintext === 'string') fields.push({ part: 'data', field, plaintext });
  }
  for (const field of PERSONAL_METADATA_FIELDS) {
    const plaintext = event.metadata[field];
    if (typeof plaintext === 'string') fields.push({ part: 'metadata', field, plaintext });
  }
  return fields;
}

function lastIndexOf(events: readonly EventToAppend[], type: string): number {
  for (let index = events.length - 1; index >= 0; index -= 1) if (events[index]?.type === type) return index;
  return -1;
}

/**
 * The revision of the stream's last event before an append expecting `expected`. An erasure is
 * always appended at a known revision: the domain refuses to erase a tenant with no events, and
 * the writers append at the revision they decided on.
 */
function revisionBefore(expected: ExpectedRevision): bigint {
  if (typeof expected === 'bigint') return expected;
  if (expected === 'no-stream') return -1n;
  throw new Error(`an erasure is appended at a known revision, not "${expected}"`);
}

function remember(memo: Map<string, string>, key: string, value: string): void {
  if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
  memo.set(key, value);
}

function tenantOf(metadata: JsonObject | undefined): string | null {
  const tenantId = metadata?.tenantId;
  return typeof tenantId === 'string' ? tenantId : null;
}
