import type { LedgerEventType } from '@ledger/licensing';
import type { Statement } from 'better-sqlite3';
import type { ProjectionDb } from '../database/projection-db';

/** SPEC §3 history entry. */
export interface HistoryEntry {
  readonly revision: number;
  readonly type: LedgerEventType;
  readonly occurredAt: string;
  readonly actor: string;
  readonly activityId: string;
  readonly data: Record<string, unknown>;
}

export interface HistoryFilter {
  readonly accountId?: string;
  readonly type?: LedgerEventType;
  /** Inclusive lower bound on occurredAt (ISO-8601 UTC). */
  readonly from?: string;
  /** Exclusive upper bound on occurredAt. */
  readonly to?: string;
  /** Only entries after this revision (the previous page's `next`). */
  readonly after?: number;
  readonly limit: number;
}

export interface HistoryPage {
  readonly events: HistoryEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly next: number | null;
}

interface HistoryRecord {
  revision: number;
  type: LedgerEventType;
  occurred_at: string;
  actor: string;
  activity_id: string;
  data_json: string;
}

/** Reads of the audit index: one tenant's events, filtered, a page at a time. */
export class HistoryReads {
  private readonly statements = new Map<string, Statement<Record<string, unknown>, HistoryRecord>>();

  constructor(private readonly db: ProjectionDb) {}

  /**
   * The statement for one combination of filters, prepared once: its text depends only on which
   * filters are present (16 shapes). Preparing it on every request showed in the profile of an
   * audit request (SQLite compiles the text each time: better-sqlite3 keeps no statement cache)
   * (bench/RESULTS.md, "History statements prepared once").
   */
  private historyStatement(conditions: readonly string[]): Statement<Record<string, unknown>, HistoryRecord> {
    const key = conditions.join(' AND ');
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare<Record<string, unknown>, HistoryRecord>(
        `SELECT revision, type, occurred_at, actor, activity_id, data_json FROM history
         WHERE ${key} ORDER BY revision LIMIT @limit`,
      );
      this.statements.set(key, statement);
    }
    return statement;
  }

  history(tenantId: string, filter: HistoryFilter): HistoryPage {
    const conditions = ['tenant_id = @tenantId', 'revision > @after'];
    if (filter.accountId !== undefined) conditions.push('account_id = @accountId');
    if (filter.type !== undefined) conditions.push('type = @type');
    if (filter.from !== undefined) conditions.push('occurred_at >= @from');
    if (filter.to !== undefined) conditions.push('occurred_at < @to');
    const records = this.historyStatement(conditions).all({
      tenantId,
      after: filter.after ?? -1,
      accountId: filter.accountId,
      type: filter.type,
      from: filter.from,
      to: filter.to,
      limit: filter.limit + 1,
    });
    const hasMore = records.length > filter.limit;
    const page = hasMore ? records.slice(0, filter.limit) : records;
    return {
      events: page.map((record) => ({
        revision: record.revision,
        type: record.type,
        occurredAt: record.occurred_at,
        actor: record.actor,
        activityId: record.activity_id,
        data: JSON.parse(record.data_json) as Record<string, unknown>,
      })),
      next: hasMore ? page[page.length - 1].revision : null,
    };
  }
}
