import type { TenantState } from '@ledger/licensing';
import type { ProjectionDb, ProjectionTables } from '../database/projection-db';
import { EventLoopPacer } from '../runner/event-loop-pacer';
import {
  decodeTenantState,
  encodeTenantState,
  TENANT_STATE_FORMAT,
  UnreadableSnapshotError,
} from './tenant-state-codec';

/** A tenant's state right after one of its events, as `evolve` folded it from the stream's start. */
export interface TenantSnapshot {
  readonly tenantId: string;
  /** Revision of the last event folded into `state`. */
  readonly revision: bigint;
  readonly position: bigint;
  /** That event's `occurredAt` (domain time). */
  readonly occurredAt: string;
  /** The latest `occurredAt` of events 0..revision: an as-of replay to t reaches here iff reachedAt <= t. */
  readonly reachedAt: string;
  readonly state: TenantState;
}

/** Events of a tenant between two snapshots: bounds the replay of an as-of read or of a re-fold. */
export const DEFAULT_SNAPSHOT_EVERY = 1000;

/**
 * Written by the tenant views in the batch's transaction. `reached_at` is the latest `occurredAt`
 * of events 0..revision: an as-of replay up to t reaches this revision exactly when reached_at <= t
 * (the replay stops at the first later event, and clocks of several instances need not agree), so
 * it is what is searched.
 */
export const TENANT_SNAPSHOTS_TABLES: ProjectionTables = {
  names: ['tenant_snapshots'],
  ddl: `
CREATE TABLE IF NOT EXISTS tenant_snapshots (
  tenant_id   TEXT NOT NULL,
  revision    INTEGER NOT NULL,
  position    TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  reached_at  TEXT NOT NULL,
  format      INTEGER NOT NULL,
  state_json  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, revision)
);
CREATE INDEX IF NOT EXISTS tenant_snapshots_by_instant ON tenant_snapshots (tenant_id, reached_at, revision);
`,
};

interface SnapshotRecord {
  tenant_id: string;
  revision: number;
  position: string;
  occurred_at: string;
  reached_at: string;
  state_json: string;
}

/**
 * The snapshots table. Rows are facts about a prefix of an append-only stream, so once written
 * they stay true; they are derived data all the same, dropped by a rebuild and written again.
 */
export class TenantSnapshots {
  /** Drops every snapshot (a rebuild's first step: the tenant views' `resetSql`). */
  static readonly CLEAR_SQL = 'DELETE FROM tenant_snapshots';

  private readonly statements;

  constructor(db: ProjectionDb) {
    this.statements = {
      save: db.prepare<[string, number, string, string, string, number, string]>(
        `INSERT OR REPLACE INTO tenant_snapshots (tenant_id, revision, position, occurred_at, reached_at, format, state_json)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      reachedBy: db.prepare<[string, string, number], SnapshotRecord>(
        `SELECT * FROM tenant_snapshots WHERE tenant_id = ? AND reached_at <= ? AND format = ?
         ORDER BY reached_at DESC, revision DESC LIMIT 1`,
      ),
      forgetBefore: db.prepare<[string, number]>(
        'DELETE FROM tenant_snapshots WHERE tenant_id = ? AND revision < ?',
      ),
      before: db.prepare<[string, number, number], SnapshotRecord>(
        `SELECT * FROM tenant_snapshots WHERE tenant_id = ? AND revision < ? AND format = ?
         ORDER BY revision DESC LIMIT 1`,
      ),
    };
  }

  /** Inside the batch's transaction, so a snapshot is never ahead of the checkpoint. */
  save(snapshot: TenantSnapshot): void {
    this.statements.save.run(
      snapshot.tenantId,
      Number(snapshot.revision),
      snapshot.position.toString(),
      snapshot.occurredAt,
      snapshot.reachedAt,
      TENANT_STATE_FORMAT,
      encodeTenantState(snapshot.state),
    );
  }

  /**
   * The latest snapshot an as-of replay up to `instant` (canonical ISO-8601) passes through.
   * Decoding a large state pauses for the event loop as `pacer` says.
   */
  reachedBy(tenantId: string, instant: string, pacer?: EventLoopPacer): Promise<TenantSnapshot | null> {
    return this.snapshotOf(this.statements.reachedBy.get(tenantId, instant, TENANT_STATE_FORMAT), pacer);
  }

  /** The latest snapshot before `revision`: where a re-fold of the tenant up to it may start. */
  before(tenantId: string, revision: bigint, pacer?: EventLoopPacer): Promise<TenantSnapshot | null> {
    return this.snapshotOf(
      this.statements.before.get(tenantId, Number(revision), TENANT_STATE_FORMAT),
      pacer,
    );
  }

  /** SPEC §5: the tenant's snapshots before an erasure hold what it erased; they go. */
  forgetBefore(tenantId: string, revision: bigint): void {
    this.statements.forgetBefore.run(tenantId, Number(revision));
  }

  private async snapshotOf(
    record: SnapshotRecord | undefined,
    pacer = new EventLoopPacer(),
  ): Promise<TenantSnapshot | null> {
    if (record === undefined) return null;
    let state: TenantState;
    try {
      state = await decodeTenantState(record.state_json, pacer);
    } catch (error) {
      // A damaged row costs a longer replay, never a wrong answer; a rebuild writes it again.
      if (error instanceof UnreadableSnapshotError) return null;
      throw error;
    }
    return {
      tenantId: record.tenant_id,
      revision: BigInt(record.revision),
      position: BigInt(record.position),
      occurredAt: record.occurred_at,
      reachedAt: record.reached_at,
      state,
    };
  }
}
