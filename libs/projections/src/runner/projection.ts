import type { ProjectedEvent } from './projected-event';

/**
 * A projection: ledger events folded into read-model rows. The runner calls `prepare` (async:
 * it may read the store, e.g. to fold a tenant's stream) and then `apply` (synchronous: it only
 * writes rows) inside the transaction that also moves the projection's checkpoint.
 */
export interface LedgerProjection {
  readonly name: string;
  /** Async work before the transaction, e.g. loading a tenant's state not in memory. */
  prepare(batch: readonly ProjectedEvent[]): Promise<void>;
  /** Writes the batch's effect; runs inside a SQLite transaction, so it must be synchronous. */
  apply(batch: readonly ProjectedEvent[]): void;
  /** Drops every row and every cached state: the first step of a rebuild. */
  reset(): void;
  /**
   * The statements by which `reset` drops its rows (idempotent). A rebuild runs them first on a
   * worker's connection, in one transaction with the checkpoints, so that dropping the rows of a
   * million events does not hold the event loop; `reset` then finds its tables empty.
   */
  readonly resetSql?: string;
  /**
   * The batch's transaction rolled back: forget any in-memory state `apply` advanced, so the
   * retry starts again from what the rows and checkpoint say.
   */
  rolledBack?(): void;
  /** The batch's transaction committed (not in a transaction): e.g. compact what it left behind. */
  committed?(): void;
  /**
   * The last step of a rebuild, once the log is replayed: e.g. build indexes dropped by `reset`.
   * Not in a transaction; may work off the main thread: the runner writes nothing until it resolves.
   */
  rebuilt?(): void | Promise<void>;
}
