import { CompactJson, type CompactId, Dictionary, idOfCompact } from '@ledger/event-store';
import type { LedgerEventType } from '@ledger/licensing';
import type { Statement } from 'better-sqlite3';
import { instantMs, instantOfMs } from '../as-of/instant';
import type { ProjectionDb } from '../database/projection-db';
import { dataAsRecorded } from './history-data';

/** SPEC §3 history entry. */
export interface HistoryEntry {
  readonly revision: number;
  readonly type: LedgerEventType;
  readonly occurredAt: string;
  readonly actor: string;
  readonly activityId: string;
  readonly data: Record<string, unknown>;
}

/** SPEC §6: oldest first (`asc`, the default) or newest first (`desc`). */
export type HistoryOrder = 'asc' | 'desc';

export const HISTORY_ORDERS: readonly HistoryOrder[] = ['asc', 'desc'];

/** Which entries match, whatever the page: what `total` counts. */
export interface HistoryMatch {
  readonly accountId?: string;
  readonly type?: LedgerEventType;
  /** Inclusive lower bound on occurredAt (ISO-8601 UTC). */
  readonly from?: string;
  /** Exclusive upper bound on occurredAt. */
  readonly to?: string;
}

/** A page's place: oldest first after a revision, or newest first before one (SPEC §6). */
export type HistoryPaging =
  | {
      readonly order?: 'asc';
      /** Only entries after this revision (the previous page's `next`). */
      readonly after?: number;
    }
  | {
      readonly order: 'desc';
      /** Only entries before this revision (the previous page's `next`). */
      readonly before?: number;
    };

export type HistoryFilter = HistoryMatch & HistoryPaging & { readonly limit: number };

export interface HistoryPage {
  readonly events: HistoryEntry[];
  /** Pass as `after` (asc) or `before` (desc) for the next page; null on the last page. */
  readonly next: number | null;
  /** SPEC §6: the entries matching the filter, on every page (whatever `after`/`before`). */
  readonly total: number;
}

interface HistoryRecord {
  revision: number;
  type: number;
  occurred_at: number;
  actor: string;
  activity_id: CompactId;
  account_id: string | null;
  data: Buffer;
}

const NO_ENTRIES: HistoryPage = { events: [], next: null, total: 0 };

/** Reads of the audit index: one tenant's events, filtered, a page at a time. */
export class HistoryReads {
  private readonly statements = new Map<string, Statement<Record<string, unknown>, HistoryRecord>>();
  private readonly counts = new Map<string, Statement<Record<string, unknown>, { total: number }>>();

  private readonly dictionary: Dictionary;
  private readonly json: CompactJson;

  constructor(private readonly db: ProjectionDb) {
    this.dictionary = new Dictionary(db);
    this.json = new CompactJson(this.dictionary);
  }

  /**
   * The statement for one combination of filters and order, prepared once: its text depends only on
   * which filters are present and the order (32 shapes). Preparing it on every request showed in
   * the profile of an audit request (SQLite compiles the text each time: better-sqlite3 keeps no
   * statement cache) (bench/RESULTS.md, "History statements prepared once"). Every shape ends in
   * `revision`, so one of the indexes (tenant, [account | type,] revision) serves it in either
   * direction.
   */
  private historyStatement(
    conditions: readonly string[],
    order: HistoryOrder,
  ): Statement<Record<string, unknown>, HistoryRecord> {
    const key = `${conditions.join(' AND ')} ${order}`;
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare<Record<string, unknown>, HistoryRecord>(
        `SELECT revision, type, occurred_at, actor, activity_id, account_id, data FROM history
         WHERE ${conditions.join(' AND ')} ORDER BY revision ${order === 'desc' ? 'DESC' : 'ASC'} LIMIT @limit`,
      );
      this.statements.set(key, statement);
    }
    return statement;
  }

  /** `total`: the same conditions without the page's cursor, counted on the same index. */
  private countStatement(
    conditions: readonly string[],
  ): Statement<Record<string, unknown>, { total: number }> {
    const key = conditions.join(' AND ');
    let statement = this.counts.get(key);
    if (statement === undefined) {
      statement = this.db.prepare<Record<string, unknown>, { total: number }>(
        `SELECT COUNT(*) AS total FROM history WHERE ${key}`,
      );
      this.counts.set(key, statement);
    }
    return statement;
  }

  history(tenantId: string, filter: HistoryFilter): HistoryPage {
    // The tenant and the type are stored as dictionary ids (history-tables.ts): one never written has no entries.
    const tenant = this.dictionary.find(tenantId);
    const type = filter.type === undefined ? undefined : this.dictionary.find(filter.type);
    if (tenant === undefined || (filter.type !== undefined && type === undefined)) return NO_ENTRIES;
    const matching = ['tenant = @tenant'];
    if (filter.accountId !== undefined) matching.push('account_id = @accountId');
    if (type !== undefined) matching.push('type = @type');
    if (filter.from !== undefined) matching.push('occurred_at >= @from');
    if (filter.to !== undefined) matching.push('occurred_at < @to');
    const parameters = {
      tenant,
      accountId: filter.accountId,
      type,
      from: filter.from === undefined ? undefined : instantMs(filter.from),
      to: filter.to === undefined ? undefined : instantMs(filter.to),
    };
    const cursor =
      filter.order === 'desc'
        ? { condition: 'revision < @cursor', value: filter.before ?? Number.MAX_SAFE_INTEGER }
        : { condition: 'revision > @cursor', value: filter.after ?? -1 };
    const records = this.historyStatement([...matching, cursor.condition], filter.order ?? 'asc').all({
      ...parameters,
      cursor: cursor.value,
      limit: filter.limit + 1,
    });
    const { total } = this.countStatement(matching).get(parameters) ?? { total: 0 };
    const hasMore = records.length > filter.limit;
    const page = hasMore ? records.slice(0, filter.limit) : records;
    return {
      events: page.map((record) => ({
        revision: record.revision,
        type: this.dictionary.entryOf(record.type) as LedgerEventType,
        occurredAt: instantOfMs(record.occurred_at),
        actor: record.actor,
        activityId: idOfCompact(record.activity_id),
        data: dataAsRecorded(this.json.decode(record.data), record.account_id),
      })),
      next: hasMore ? page[page.length - 1].revision : null,
      total,
    };
  }
}
