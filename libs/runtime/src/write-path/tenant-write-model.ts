import type { EventStore, RecordedEvent } from '@ledger/event-store';
import {
  warningsOf,
  type DecodedLedgerEvent,
  type EventMetadata,
  type LedgerEvent,
  type LedgerWarning,
  type TenantState,
} from '@ledger/licensing';
import { foldedWith, foldTenantStream, unfoldedTenant, type FoldedTenant } from '@ledger/projections';

/**
 * Where an activity written with an Idempotency-Key stands in the log: enough to find its events
 * again and to give the same answer. Its events are not kept: they are read back from the log
 * when a retry asks for them, so memory does not grow with what the keyed writes contained.
 */
export interface KeyedActivity {
  readonly activityId: string;
  readonly requestHash: string;
  readonly firstRevision: bigint;
  readonly lastRevision: bigint;
  /** Global position of the activity's last event. */
  readonly position: bigint;
  /** What the activity was answered with, judged (as then) on the state before it. */
  readonly warnings: readonly LedgerWarning[];
}

/** An activity as this instance appended it: the events `decide` made, their metadata and warnings, where they landed. */
export interface AppendedActivity {
  readonly events: readonly LedgerEvent[];
  readonly metadata: EventMetadata;
  readonly warnings: readonly LedgerWarning[];
  readonly firstRevision: bigint;
  readonly position: bigint;
}

/**
 * How many keyed activities a tenant's model remembers, newest first. An older key is not lost:
 * the log holds it in the events' metadata, and `TenantWriteModelCache` looks it up there.
 */
export const REMEMBERED_KEYED_ACTIVITIES = 100;

/**
 * One tenant's write side: the domain state folded from its stream, the stream revision it
 * reflects, and its most recent keyed activities. Idempotency lives in the events' metadata, so
 * it is as durable as the events and needs no second store.
 */
export class TenantWriteModel {
  private folded: FoldedTenant = unfoldedTenant();
  /** Insertion order is log order: the first entry is the oldest remembered. */
  private readonly keyedActivities = new Map<string, KeyedActivity>();
  private forgotten: bigint | null = null;

  constructor(
    readonly tenantId: string,
    private readonly rememberedKeys: number = REMEMBERED_KEYED_ACTIVITIES,
  ) {}

  get state(): TenantState {
    return this.folded.state;
  }

  /** Revision of the last event folded; null while the stream does not exist. */
  get revision(): bigint | null {
    return this.folded.revision;
  }

  /**
   * Global position of the newest keyed activity this model folded and then forgot; null while it
   * has forgotten none. A key it does not remember is new unless this is set: then it must be
   * looked up in the log (in anything that has indexed the log at least up to here).
   */
  get forgottenThrough(): bigint | null {
    return this.forgotten;
  }

  keyedActivity(idempotencyKey: string): KeyedActivity | undefined {
    return this.keyedActivities.get(idempotencyKey);
  }

  /**
   * Folds an activity this instance has just appended, as it was decided: its events need no
   * decoding, and a keyed activity is remembered with the warnings `decide` answered. It must
   * follow the model's revision directly (the append's expected revision saw to that).
   */
  applyAppended({ events, metadata, warnings, firstRevision, position }: AppendedActivity): void {
    events.forEach((event, index) => {
      this.folded = foldedWith(
        this.folded,
        { revision: firstRevision + BigInt(index), position },
        { event, metadata },
      );
    });
    const { idempotencyKey, requestHash } = metadata;
    if (idempotencyKey === undefined || requestHash === undefined) return;
    this.rememberActivity(idempotencyKey, {
      activityId: metadata.activityId,
      requestHash,
      firstRevision,
      lastRevision: firstRevision + BigInt(events.length - 1),
      position,
      warnings,
    });
  }

  /** Folds the events its stream has after the model's revision (written here or by another instance). */
  async catchUp(store: EventStore): Promise<void> {
    this.folded = await foldTenantStream(store, this.tenantId, this.folded, {
      observe: (recorded, decoded, before) => this.remember(recorded, decoded, before),
    });
  }

  /**
   * Remembers the keyed activity an event belongs to, with the warnings it was answered with: they
   * are only kept to answer a repeated Idempotency-Key, and need the state `before` the event.
   */
  remember(
    { revision, position }: Pick<RecordedEvent, 'revision' | 'position'>,
    { event, metadata }: DecodedLedgerEvent,
    before: TenantState,
  ): void {
    const { idempotencyKey, requestHash } = metadata;
    if (idempotencyKey === undefined || requestHash === undefined) return;
    const known = this.keyedActivities.get(idempotencyKey);
    const sameActivity = known !== undefined && known.activityId === metadata.activityId;
    // Seen already: a catch-up that failed on a later event leaves the state behind, and folds this one again.
    if (sameActivity && revision <= known.lastRevision) return;
    const warnings = warningsOf(event, before);
    if (sameActivity) {
      this.keyedActivities.set(idempotencyKey, {
        ...known,
        lastRevision: revision,
        position,
        warnings: [...known.warnings, ...warnings],
      });
      return;
    }
    this.rememberActivity(idempotencyKey, {
      activityId: metadata.activityId,
      requestHash,
      firstRevision: revision,
      lastRevision: revision,
      position,
      warnings,
    });
  }

  private rememberActivity(idempotencyKey: string, activity: KeyedActivity): void {
    // Delete first, so a key seen again moves to the newest end.
    this.keyedActivities.delete(idempotencyKey);
    this.keyedActivities.set(idempotencyKey, activity);
    this.forgetBeyondLimit();
  }

  private forgetBeyondLimit(): void {
    while (this.keyedActivities.size > this.rememberedKeys) {
      const [oldestKey, oldest] = this.keyedActivities.entries().next().value as [string, KeyedActivity];
      this.keyedActivities.delete(oldestKey);
      if (this.forgotten === null || oldest.position > this.forgotten) this.forgotten = oldest.position;
    }
  }
}
