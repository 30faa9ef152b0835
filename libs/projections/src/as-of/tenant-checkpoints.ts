import { CompactJson, Dictionary, DICTIONARY_DDL, type JsonObject } from '@ledger/event-store';
import type { ProjectionDb, ProjectionTables } from '../database/projection-db';
import type { TenantFigures } from './tenant-figures';

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
 * of the last such event with that reached_at; its figures are the figures after that event, or
 * NULL when they equal the figures of the row before it (the figures then are those of the nearest
 * earlier row that has them; a tenant's first row, and its first after a restart, always has them).
 *
 * An as-of replay up to t stops at the first event that occurred after t, so it folds exactly the
 * events whose reached_at <= t (reached_at never decreases along a stream): the answer at t is the
 * row with the greatest reached_at <= t — one index seek per tenant, whatever its history. Rows are
 * facts about a prefix of an append-only stream: once written they stay true; a rebuild drops and
 * writes them again. They hold figures only, no personal data (SPEC §5): an erasure leaves them.
 *
 * Issue 18 (bytes on disk; bench `storage`): the figures are compact JSON (the event store's
 * encoding: the keys of each object once, in the `dictionary` table), the tenant its id in that
 * dictionary (in the row and the index) and the position an integer;
 * the figures' JSON text was most of the projections' bytes.
 */
export const TENANT_CHECKPOINTS_TABLES: ProjectionTables = {
  names: ['tenant_checkpoints', 'dictionary'],
  ddl: `
CREATE TABLE IF NOT EXISTS tenant_checkpoints (
  tenant     INTEGER NOT NULL,
  reached_at TEXT NOT NULL,
  revision   INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  figures    BLOB,
  PRIMARY KEY (tenant, reached_at)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tenant_checkpoints_with_figures ON tenant_checkpoints (tenant, reached_at)
  WHERE figures IS NOT NULL;
${DICTIONARY_DDL}
`,
};

interface CheckpointRecord {
  revision: number;
  position: number;
  reached_at: string;
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
  private readonly statements;
  /** The last figures parsed: consecutive reads of one tenant (a trend's points) often land on the same row. */
  private parsed: { bytes: Buffer; figures: TenantFigures } | null = null;
  private readonly dictionary: Dictionary;
  private readonly json: CompactJson;

  constructor(private readonly db: ProjectionDb) {
    this.dictionary = new Dictionary(db);
    this.json = new CompactJson(this.dictionary);
    this.statements = {
      // Several events may share a reached_at (one activity, or a clock that ran behind): the row
      // ends at the last of them, and keeps the figures one of them changed unless a later one did.
      save: db.prepare<[number, string, number, number, Buffer | null]>(
        `INSERT INTO tenant_checkpoints (tenant, reached_at, revision, position, figures) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tenant, reached_at) DO UPDATE SET revision = excluded.revision, position = excluded.position,
           figures = COALESCE(excluded.figures, tenant_checkpoints.figures)`,
      ),
      // One statement, so the row and its figures come from one state of the table.
      at: db.prepare<[number, string], CheckpointRecord>(
        `SELECT c.revision, c.position, c.reached_at,
           (SELECT f.figures FROM tenant_checkpoints f
             WHERE f.tenant = c.tenant AND f.figures IS NOT NULL AND f.reached_at <= c.reached_at
             ORDER BY f.reached_at DESC LIMIT 1) AS figures
         FROM tenant_checkpoints c WHERE c.tenant = ? AND c.reached_at <= ?
         ORDER BY c.reached_at DESC LIMIT 1`,
      ),
    };
  }

  /** Inside the batch's transaction, so a row is never ahead of the checkpoint. */
  save(row: CheckpointRow): void {
    this.statements.save.run(
      this.dictionary.idOf(row.tenantId),
      row.reachedAt,
      Number(row.revision),
      Number(row.position),
      row.figures === null ? null : this.json.encode(row.figures as unknown as JsonObject),
    );
  }

  /** The batch that saved rows committed: the dictionary entries they added are there to stay. */
  committed(): void {
    this.dictionary.committed();
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
    const record = tenant === undefined ? undefined : this.statements.at.get(tenant, instant);
    if (record === undefined) return null;
    return {
      tenantId,
      reachedAt: record.reached_at,
      revision: BigInt(record.revision),
      position: BigInt(record.position),
      figures: this.figuresOf(record.figures),
    };
  }

  clear(): void {
    this.db.exec('DELETE FROM tenant_checkpoints');
  }

  private figuresOf(bytes: Buffer): TenantFigures {
    if (this.parsed === null || !this.parsed.bytes.equals(bytes)) {
      this.parsed = { bytes, figures: this.json.decode(bytes) as unknown as TenantFigures };
    }
    return this.parsed.figures;
  }
}
