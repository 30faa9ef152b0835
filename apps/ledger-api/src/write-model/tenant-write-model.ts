import type { RecordedEvent } from '@ledger/event-store';
import {
  decodeLedgerEvent,
  evolve,
  initialTenantState,
  warningsOf,
  type LedgerEvent,
  type LedgerWarning,
  type TenantState,
} from '@ledger/licensing';

/** An activity written with an Idempotency-Key: enough to give the same answer again. */
export interface RecordedActivity {
  readonly activityId: string;
  readonly requestHash: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly events: readonly LedgerEvent[];
  readonly warnings: readonly LedgerWarning[];
}

/**
 * One tenant's write side: the domain state folded from its stream, the stream revision it
 * reflects, and the idempotent activities. Idempotency lives in the events' metadata, so it
 * is as durable as the events and needs no second store.
 */
export class TenantWriteModel {
  private currentState: TenantState = initialTenantState();
  private currentRevision: bigint | null = null;
  private readonly idempotentActivities = new Map<string, RecordedActivity>();

  constructor(readonly tenantId: string) {}

  get state(): TenantState {
    return this.currentState;
  }

  /** Revision of the last event folded; null while the stream does not exist. */
  get revision(): bigint | null {
    return this.currentRevision;
  }

  activityFor(idempotencyKey: string): RecordedActivity | undefined {
    return this.idempotentActivities.get(idempotencyKey);
  }

  /** Folds one stored event; events must come in revision order, each exactly once. */
  apply(recorded: Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'revision' | 'position'>): void {
    // Folding an event twice would count its seats twice.
    if (this.currentRevision !== null && recorded.revision <= this.currentRevision) return;
    const { event, metadata } = decodeLedgerEvent(recorded);
    const { idempotencyKey, requestHash } = metadata;
    // Warnings are only kept to answer a repeated Idempotency-Key; they need the state before the event.
    const warnings = idempotencyKey === undefined ? [] : warningsOf(event, this.currentState);
    this.currentState = evolve(this.currentState, {
      event,
      activityId: metadata.activityId,
      occurredAt: metadata.occurredAt,
    });
    this.currentRevision = recorded.revision;

    if (idempotencyKey === undefined || requestHash === undefined) return;
    const known = this.idempotentActivities.get(idempotencyKey);
    const sameActivity = known?.activityId === metadata.activityId;
    this.idempotentActivities.set(idempotencyKey, {
      activityId: metadata.activityId,
      requestHash,
      revision: recorded.revision,
      position: recorded.position,
      events: sameActivity ? [...known.events, event] : [event],
      warnings: sameActivity ? [...known.warnings, ...warnings] : warnings,
    });
  }
}
