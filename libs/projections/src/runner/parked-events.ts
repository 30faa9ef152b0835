import type { ProjectionDb } from '../database/projection-db';

/**
 * Events a projection could not apply (SPEC §5), and the ones an operator skipped. Not a read
 * model: a skip is a decision, kept when the read models are dropped (a migration, a rebuild).
 * Created apart from the read models, IF NOT EXISTS, so adding it changed no read model and needed
 * no new schema version.
 */
export const PARKED_EVENTS_DDL = `
CREATE TABLE IF NOT EXISTS parked_events (
  position   INTEGER NOT NULL,
  projection TEXT NOT NULL,
  stream     TEXT NOT NULL,
  revision   INTEGER NOT NULL,
  type       TEXT NOT NULL,
  error      TEXT NOT NULL,
  parked_at  TEXT NOT NULL,
  skipped    INTEGER NOT NULL,
  PRIMARY KEY (position, projection)
) WITHOUT ROWID;`;

/** A rebuild's first step: parked events are forgotten (replayed, they are parked again); skips stay decided. */
export const FORGET_PARKED_SQL = 'DELETE FROM parked_events WHERE skipped = 0';

/** Where an event stands in the log, and what it is: enough to park it and find it again. */
export interface EventAddress {
  readonly position: bigint;
  readonly streamName: string;
  readonly revision: bigint;
  readonly type: string;
}

/** An event one or more projections could not apply (SPEC §5 "Projections health"). */
export interface ParkedEvent extends EventAddress {
  /** The projections that could not apply it; the others did. */
  readonly projections: readonly string[];
  /** What went wrong: the decoder's or the projection's message (never a driver's: those are retried). */
  readonly error: string;
  readonly parkedAt: string;
}

interface ParkedRow {
  position: bigint;
  projection: string;
  stream: string;
  revision: bigint;
  type: string;
  error: string;
  parked_at: string;
  skipped: bigint;
}

/**
 * The parked events, kept in the projection database and written in the transaction of the batch
 * that parked them (with the checkpoint that moves past them). In memory, per projection, the
 * streams held behind a parked event and the positions an operator skipped.
 *
 * Why a stream is held: a tenant's views are a fold of its whole stream; folding its later events
 * without the parked one would show a state the log never had, as if it were true. So a
 * projection applies none of a stream's events after one it parked, until that one is retried
 * (then the held ones follow) or skipped (the operator's decision: fold without it). Other
 * streams flow on.
 */
export class ParkedEvents {
  /** projection → stream → the position of its first parked event. */
  private readonly held = new Map<string, Map<string, bigint>>();
  /** projection → positions skipped by an operator: never applied, also not by a rebuild. */
  private readonly skipped = new Map<string, Set<bigint>>();
  private readonly statements;

  constructor(db: ProjectionDb) {
    this.statements = {
      all: db
        .prepare<[], ParkedRow>('SELECT * FROM parked_events ORDER BY position, projection')
        .safeIntegers(true),
      park: db.prepare<[bigint, string, string, bigint, string, string, string]>(
        `INSERT INTO parked_events (position, projection, stream, revision, type, error, parked_at, skipped)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0)
         ON CONFLICT (position, projection) DO UPDATE SET error = excluded.error, parked_at = excluded.parked_at, skipped = 0`,
      ),
      unpark: db.prepare<[bigint]>('DELETE FROM parked_events WHERE position = ? AND skipped = 0'),
      skip: db.prepare<[bigint]>('UPDATE parked_events SET skipped = 1 WHERE position = ?'),
      forgetParked: db.prepare(FORGET_PARKED_SQL),
    };
    this.reload();
  }

  /** Reads the table again: after a rolled-back batch, memory must say what the rows say. */
  reload(): void {
    this.held.clear();
    this.skipped.clear();
    for (const row of this.statements.all.all()) {
      if (row.skipped !== 0n) this.skippedOf(row.projection).add(row.position);
      else this.hold(row.projection, row.stream, row.position);
    }
  }

  /** Events still parked, oldest first, one entry per event. */
  list(): ParkedEvent[] {
    const byPosition = new Map<bigint, ParkedEvent & { projections: string[] }>();
    for (const row of this.statements.all.all()) {
      if (row.skipped !== 0n) continue;
      const entry = byPosition.get(row.position);
      if (entry !== undefined) {
        entry.projections.push(row.projection);
        continue;
      }
      byPosition.set(row.position, {
        position: row.position,
        streamName: row.stream,
        revision: row.revision,
        type: row.type,
        projections: [row.projection],
        error: row.error,
        parkedAt: row.parked_at,
      });
    }
    return [...byPosition.values()];
  }

  get(position: bigint): ParkedEvent | undefined {
    return this.list().find((parked) => parked.position === position);
  }

  /** True when `projection` must not apply this event: it is skipped, or its stream waits behind a parked one. */
  passesOver(projection: string, streamName: string, position: bigint): boolean {
    if (this.skippedOf(projection).has(position)) return true;
    const heldFrom = this.held.get(projection)?.get(streamName);
    return heldFrom !== undefined && heldFrom <= position;
  }

  isSkipped(projection: string, position: bigint): boolean {
    return this.skippedOf(projection).has(position);
  }

  /** True when some projection holds the stream behind a parked event. */
  isStreamHeld(streamName: string): boolean {
    for (const streams of this.held.values()) if (streams.has(streamName)) return true;
    return false;
  }

  /** Within the batch's transaction. */
  park(address: EventAddress, projection: string, error: unknown, now: Date): void {
    this.statements.park.run(
      address.position,
      projection,
      address.streamName,
      address.revision,
      address.type,
      messageOf(error),
      now.toISOString(),
    );
    this.hold(projection, address.streamName, address.position);
  }

  /** Within the transaction that applies it again; its stream is released for every projection. */
  unpark(parked: ParkedEvent): void {
    this.statements.unpark.run(parked.position);
    for (const projection of parked.projections) this.held.get(projection)?.delete(parked.streamName);
  }

  /** Within the transaction that applies the events held behind it. */
  skip(parked: ParkedEvent): void {
    this.statements.skip.run(parked.position);
    for (const projection of parked.projections) {
      this.held.get(projection)?.delete(parked.streamName);
      this.skippedOf(projection).add(parked.position);
    }
  }

  /** A rebuild replays everything: what is still wrong is parked again; skips stay decided. */
  forgetParked(): void {
    this.statements.forgetParked.run();
    this.held.clear();
  }

  private hold(projection: string, streamName: string, position: bigint): void {
    let streams = this.held.get(projection);
    if (streams === undefined) this.held.set(projection, (streams = new Map()));
    const current = streams.get(streamName);
    if (current === undefined || position < current) streams.set(streamName, position);
  }

  private skippedOf(projection: string): Set<bigint> {
    let positions = this.skipped.get(projection);
    if (positions === undefined) this.skipped.set(projection, (positions = new Set()));
    return positions;
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}
