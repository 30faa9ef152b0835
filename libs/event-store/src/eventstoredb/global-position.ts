import type { Position } from '@eventstore/db-client';
import type { GlobalPosition } from '../log-positions';

/**
 * How the port's single bigint maps onto EventStoreDB's $all position {commit, prepare}.
 *
 * The port position of an event is its commit position. That is exact because every append through
 * gRPC is written as implicitly committed prepare records, one per event (EventStoreDB's
 * StorageWriterService: PrepareFlags.IsCommitted), and a read of $all reports such an event at
 * TFPos(logPosition, logPosition): commit == prepare, distinct for every event, growing in log
 * order. The append response carries the same pair for the append's last event (the commit ack is
 * the TransactionEnd prepare's log position), so `AppendResult.position` equals the position
 * readers see. Going back, P means {commit: P, prepare: P}.
 *
 * Only events from the legacy explicit transactions of the TCP API (several events under one
 * commit record) would share a commit position; they are refused by `toGlobalPosition` rather
 * than silently given equal positions. Positions the server produces that are not event positions
 * — a filtered subscription's checkpoints, e.g. (page boundary, 0) — never cross the port: the
 * subscription keeps them whole (see EventStoreDbAllSubscription).
 */
export function toGlobalPosition(position: Position, what: string): GlobalPosition {
  if (position.commit !== position.prepare) {
    throw new Error(
      `${what} has $all position commit ${position.commit} / prepare ${position.prepare}; the ledger only ` +
        'handles events written by one append (commit == prepare), not by explicit TCP transactions',
    );
  }
  return position.commit;
}

export const toEventStoreDbPosition = (position: GlobalPosition): Position => ({
  commit: position,
  prepare: position,
});

/** The server's TFPos order: by commit position, then by prepare position. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
