import { Dictionary, DICTIONARY_DDL } from '@ledger/event-store';
import type { ProjectionDb, ProjectionTables } from '../database/projection-db';
import { instantMs, instantOfMs } from './instant';
import type { TenantFigures } from './tenant-figures';
import { TenantFiguresCodec } from './tenant-figures-codec';

/**
 * A tenant's figures from one instant on: what an as-of replay up to any instant from `reachedAt`
 * (until the tenant's next checkpoint) would answer, read instead of replayed.
 */
export interface TenantCheckpoint {
  readonly tenantId: string;
  /** The latest `occurredAt` of the tenant's events 0..revision: from then on, a replay reaches `revision`. */
  readonly reachedAt: string;
  /** The last event an as-of replay to an instant at or after `reachedAt` folds in (until the next checkpoint). */
  readonly revision: bigint;
  readonly position: bigint;
  readonly figures: TenantFigures;
}

/**
 * Kept by the tenant views, in the transaction of each batch (so with its checkpoint).
 *
 * The invariant: for every tenant the views hold, and every event of its stream the views folded
 * (all but the ones an operator skipped), there is a row keyed by (tenant, reached_at) where
 * reached_at is the latest `occurredAt` of events 0..that one; its revision and position are those
 * of the last such event with that reached_at; its figures are the figures after that event: those of
 * the `tenant_figures` row at the same key, written when an event of that reached_at changed them, or
 * else of the nearest earlier one (a tenant's first row, and its first after a restart, always has one).
 *
 * An as-of replay up to t stops at the first event that occurred after t, so it folds exactly the
 * events whose reached_at <= t (reached_at never decreases along a stream): the answer at t is the
 * row with the greatest reached_at <= t — one index seek per tenant, whatever its history. Rows are
 * facts about a prefix of an append-only stream: once written they stay true; a rebuild drops and
 * writes them again. They hold figures only, no personal data (SPEC §5): an erasure leaves them.
 *
 * Issue 18 (bytes on disk; bench `storage`): the figures are a few varints (tenant-figures-codec.ts),
 * the tenant its id in the file's `dictionary`, the position an integer and `reached_at` milliseconds (instant.ts). The figures are a
 * table of their own, with a row only where they changed (under half the events): the row of every
 * event is then four integers, and no partial index over the figures is needed.
 */
export const TENANT_CHECKPOINTS_TABLES: ProjectionTables = {
  names: ['tenant_checkpoints', 'tenant_figures', 'dictionary'],
  ddl: `
CREATE TABLE IF NOT EXISTS tenant_checkpoints (
  tenant     INTEGER NOT NULL,
  reached_at INTEGER NOT NULL,
  revision   INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  PRIMARY KEY (tenant, reached_at)
) WITHOUT ROWID;
-- The figures after the last event of (tenant, reached_at) that changed them; a checkpoint's are
-- those of the figures row with the greatest reached_at at or before its own.
CREATE TABLE IF NOT EXISTS tenant_figures (
  tenant     INTEGER NOT NULL,
  reached_at INTEGER NOT NULL,
  figures    BLOB NOT NULL,
  PRIMARY KEY (tenant, reached_at)
) WITHOUT ROWID;
${DICTIONARY_DDL}
`,
};

interface CheckpointRecord {
  revision: number;
  position: number;
  reached_at: number;
  figures: Buffer;
}

/** A row to write: `figures` null when they did not change since the tenant's previous event. */
export interface CheckpointRow {
  readonly tenantId: string;
  readonly reachedAt: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly figures: TenantFigures | null;
}

export class TenantCheckpoints {
  /** Drops every row (a rebuild's first step: the tenant views' `resetSql`). */
  static readonly CLEAR_SQL = 'DELETE FROM tenant_checkpoints; DELETE FROM tenant_figures';

  private readonly statements;
  /** The last figures parsed: consecutive reads of one tenant (a trend's points) often land on the same row. */
  private parsed: { bytes: Buffer; figures: TenantFigures } | null = null;
  private readonly codec: TenantFiguresCodec;

  /**
   * `dictionary`: of this file; the writer's is committed by its owner with each batch (the tenant
   * views', whose transaction the rows are written in).
   */
  constructor(
    db: ProjectionDb,
    private readonly dictionary: Dictionary = new Dictionary(db),
  ) {
    this.codec = new TenantFiguresCodec(this.dictionary);
    this.statements = {
      // Several events may share a reached_at (one activity, or a clock that ran behind): the row
      // ends at the last of them, and keeps the figures one of them changed unless a later one did.
      save: db.prepare<[number, number, number, number]>(
        `INSERT INTO tenant_checkpoints (tenant, reached_at, revision, position) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant, reached_at) DO UPDATE SET revision = excluded.revision, position = excluded.position`,
      ),
      saveFigures: db.prepare<[number, number, Buffer]>(
        `INSERT INTO tenant_figures (tenant, reached_at, figures) VALUES (?, ?, ?)
         ON CONFLICT (tenant, reached_at) DO UPDATE SET figures = excluded.figures`,
      ),
      // One statement, so the row and its figures come from one state of the tables.
      at: db.prepare<[number, number], CheckpointRecord>(
        `SELECT c.revision, c.position, c.reached_at,
           (SELECT f.figures FROM tenant_figures f
             WHERE f.tenant = c.tenant AND f.reached_at <= c.reached_at
             ORDER BY f.reached_at DESC LIMIT 1) AS figures
         FROM tenant_checkpoints c WHERE c.tenant = ? AND c.reached_at <= ?
         ORDER BY c.reached_at DESC LIMIT 1`,
      ),
    };
  }

  /** Inside the batch's transaction, so a row is never ahead of the checkpoint. */
  save(row: CheckpointRow): void {
    const tenant = this.dictionary.idOf(row.tenantId);
    const reachedAt = instantMs(row.reachedAt);
    this.statements.save.run(tenant, reachedAt, Number(row.revision), Number(row.position));
    if (row.figures !== null) {
      this.statements.saveFigures.run(tenant, reachedAt, this.codec.encode(row.figures));
    }
  }

  /** The batch, or the savepoint, that saved rows rolled back: the dictionary entries they added may be gone. */
  rolledBack(): void {
    this.dictionary.rolledBack();
  }

  /**
   * The tenant as an as-of replay up to `instant` (canonical ISO-8601) leaves it, as far as the
   * views folded its stream; null when it had no event by then. Whether the views folded far enough
   * is the caller's to know (`tenantIdsInLog`: the tenants the log holds beyond them).
   */
  at(tenantId: string, instant: string): TenantCheckpoint | null {
    const tenant = this.dictionary.find(tenantId);
    const record = tenant === undefined ? undefined : this.statements.at.get(tenant, instantMs(instant));
    if (record === undefined) return null;
    return {
      tenantId,
      reachedAt: instantOfMs(record.reached_at),
      revision: BigInt(record.revision),
      position: BigInt(record.position),
      figures: this.figuresOf(record.figures),
    };
  }

  private figuresOf(bytes: Buffer): TenantFigures {
    if (this.parsed === null || !this.parsed.bytes.equals(bytes)) {
      this.parsed = { bytes, figures: this.codec.decode(bytes) };
    }
    return this.parsed.figures;
  }
}
