import type { EventStore, RecordedEvent } from '@ledger/event-store';
import {
  decodeLedgerEvent,
  evolveRecorded,
  initialTenantState,
  tenantStreamName,
  type DecodedLedgerEvent,
  type TenantState,
} from '@ledger/licensing';
import { EventLoopPacer, yieldToEventLoop } from '../runner/event-loop-pacer';

/** A tenant's state folded from the start of its stream through one of its events. */
export interface FoldedTenant {
  readonly state: TenantState;
  /** Revision of the last event read; null before the first. */
  readonly revision: bigint | null;
  /** Global position of that event; null before the first. */
  readonly position: bigint | null;
  /** Latest `occurredAt` of the events folded; '' before the first. */
  readonly reachedAt: string;
}

/** A tenant before its first event. */
export function unfoldedTenant(): FoldedTenant {
  return { state: initialTenantState(), revision: null, position: null, reachedAt: '' };
}

/** The tenant after one more event: `decoded`, recorded at `revision` and `position`. */
export function foldedWith(
  folded: FoldedTenant,
  { revision, position }: Pick<RecordedEvent, 'revision' | 'position'>,
  decoded: DecodedLedgerEvent,
): FoldedTenant {
  const { occurredAt } = decoded.metadata;
  return {
    state: evolveRecorded(folded.state, decoded),
    revision,
    position,
    reachedAt: occurredAt > folded.reachedAt ? occurredAt : folded.reachedAt,
  };
}

export interface FoldOptions {
  /** Read no event after this revision. */
  readonly throughRevision?: bigint;
  /**
   * Canonical ISO-8601 (see `canonicalInstant`): stop before the first event that occurred after
   * it, so the answer is a prefix of the stream — a state that really existed — even when the
   * clocks of several instances disagree.
   */
  readonly until?: string;
  /** Shared by every fold of one request, so its pauses count all of its work. */
  readonly pacer?: EventLoopPacer;
  /** Events an operator skipped (SPEC §5): read past, not folded. */
  readonly isSkipped?: (recorded: RecordedEvent) => boolean;
  /** Sees each event folded with the state before it (e.g. to judge the warnings it was answered with). */
  readonly observe?: (recorded: RecordedEvent, decoded: DecodedLedgerEvent, before: TenantState) => void;
}

/** Events read from the store at a time; the fold pauses for the event loop between pages as the pacer says. */
const PAGE = 250;

/**
 * The one fold of a tenant's stream (the write model, the tenant views, `asOf`): from `from` (a
 * snapshot, a cached state, or nothing) on, every later event decoded and evolved with the
 * domain's own `evolveRecorded`, read in pages so a long stream never holds the event loop.
 */
export async function foldTenantStream(
  store: EventStore,
  tenantId: string,
  from: FoldedTenant,
  options: FoldOptions = {},
): Promise<FoldedTenant> {
  const { throughRevision, until, isSkipped, observe, pacer = new EventLoopPacer() } = options;
  const stream = tenantStreamName(tenantId);
  let folded = from;
  for (;;) {
    const fromRevision = folded.revision === null ? 0n : folded.revision + 1n;
    const left = throughRevision === undefined ? PAGE : Number(throughRevision - fromRevision + 1n);
    if (left <= 0) return folded;
    const maxCount = Math.min(PAGE, left);
    let read = 0;
    for await (const recorded of store.readStream(stream, { fromRevision, maxCount })) {
      read += 1;
      if (isSkipped?.(recorded) === true) {
        folded = { ...folded, revision: recorded.revision, position: recorded.position };
        continue;
      }
      const decoded = decodeLedgerEvent(recorded);
      if (until !== undefined && decoded.metadata.occurredAt > until) return folded;
      observe?.(recorded, decoded, folded.state);
      folded = foldedWith(folded, recorded, decoded);
    }
    if (read < maxCount) return folded;
    if (pacer.tick(read)) await yieldToEventLoop();
  }
}
