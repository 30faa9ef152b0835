import { yieldToEventLoop } from '../runner/event-loop-pacer';
import type { ReadModels } from '../read-models';
import {
  ATTENTION_SEVERITIES,
  attentionReasonsOf,
  type AttentionReason,
  type AttentionSeverity,
} from './attention-reasons';

/** SPEC §6 attention entry: a tenant that needs action, its worst severity and every reason. */
export interface AttentionEntry {
  readonly tenantId: string;
  readonly severity: AttentionSeverity;
  readonly reasons: AttentionReason[];
}

/** The whole estate at a glance: how many tenants were looked at, and how many need action at each severity. */
export interface AttentionSummary {
  readonly tenants: number;
  readonly needingAction: number;
  readonly critical: number;
  readonly warning: number;
  readonly notice: number;
}

export interface AttentionReport {
  /** Worst first (see `compareAttention`); one page of them when a limit was asked for. */
  readonly tenants: AttentionEntry[];
  readonly summary: AttentionSummary;
  /** Where the next page starts (`after`); null on the last page. */
  readonly next: string | null;
}

export interface AttentionPage {
  readonly limit?: number;
  /** The `next` of the previous page. */
  readonly after?: string;
}

/** At most this many tenants a page (`limit`). */
export const MAX_ATTENTION_PAGE = 1000;

/** Quota rows read at a time; the event loop turns between pages. */
const ROWS_PER_PAGE = 500;

/** Where an entry stands in the ordering: what a cursor carries. */
interface AttentionKey {
  readonly rank: number;
  readonly weight: number;
  readonly tenantId: string;
}

const keyOf = (entry: AttentionEntry): AttentionKey => ({
  rank: ATTENTION_SEVERITIES.indexOf(entry.severity),
  weight: entry.reasons
    .filter((reason) => reason.severity === entry.severity)
    .reduce((sum, reason) => sum + reason.count, 0),
  tenantId: entry.tenantId,
});

/**
 * Worst first: by severity (critical, warning, notice); within one, by how many accounts, seats or
 * terms the reasons of that severity concern (most first); then by tenant id.
 */
function compareKeys(a: AttentionKey, b: AttentionKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.weight !== b.weight) return b.weight - a.weight;
  return a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0;
}

export function compareAttention(a: AttentionEntry, b: AttentionEntry): number {
  return compareKeys(keyOf(a), keyOf(b));
}

/** What `next` looks like (`after` must be one): severity rank, weight, tenant id. */
export const ATTENTION_CURSOR_PATTERN = /^([0-2])\.(\d{1,15})\.([A-Za-z0-9][A-Za-z0-9._@-]{0,127})$/;
const CURSOR = ATTENTION_CURSOR_PATTERN;

/** An opaque cursor for `after`: the position of the last entry of a page in the ordering. */
function cursorOf({ rank, weight, tenantId }: AttentionKey): string {
  return `${rank}.${weight}.${tenantId}`;
}

function keyOfCursor(cursor: string): AttentionKey {
  const match = CURSOR.exec(cursor);
  if (match === null) throw new Error(`not an attention cursor: ${cursor}`);
  return { rank: Number(match[1]), weight: Number(match[2]), tenantId: match[3]! };
}

/**
 * SPEC §5 attention: the tenants that need action, worst first, each with its reasons and their
 * remedies. Read from the projected tenant views — one quota row per tenant (with its compliance
 * counts) and the index of broken accounts — never by replay, page by page with a pause for the
 * event loop in between. `now` (ISO-8601) is what terms ending within 30 days are judged from.
 */
export async function attentionReport(
  readModels: Pick<ReadModels, 'quotasAfter' | 'accountsWithStatusBetween'>,
  now: string,
  page: AttentionPage = {},
): Promise<AttentionReport> {
  const entries: AttentionEntry[] = [];
  let tenants = 0;
  for (let after = ''; ;) {
    const rows = readModels.quotasAfter(after, ROWS_PER_PAGE);
    if (rows.length === 0) break;
    tenants += rows.length;
    after = rows.at(-1)!.tenantId;
    const broken = new Map<string, string[]>();
    for (const { tenantId, account } of readModels.accountsWithStatusBetween(
      'broken',
      rows[0]!.tenantId,
      after,
    )) {
      broken.set(tenantId, [...(broken.get(tenantId) ?? []), account.accountId]);
    }
    for (const row of rows) {
      const reasons = attentionReasonsOf(row, broken.get(row.tenantId) ?? [], now);
      if (reasons.length > 0)
        entries.push({ tenantId: row.tenantId, severity: reasons[0]!.severity, reasons });
    }
    if (rows.length < ROWS_PER_PAGE) break;
    await yieldToEventLoop();
  }
  const keyed = entries
    .map((entry) => ({ entry, key: keyOf(entry) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  const summary: AttentionSummary = {
    tenants,
    needingAction: entries.length,
    critical: entries.filter((entry) => entry.severity === 'critical').length,
    warning: entries.filter((entry) => entry.severity === 'warning').length,
    notice: entries.filter((entry) => entry.severity === 'notice').length,
  };
  const after = page.after === undefined ? undefined : keyOfCursor(page.after);
  const start = after === undefined ? 0 : keyed.findIndex(({ key }) => compareKeys(key, after) > 0);
  const rest = start < 0 ? [] : keyed.slice(start);
  const shown = page.limit === undefined ? rest : rest.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    tenants: shown.map(({ entry }) => entry),
    summary,
    next: last !== undefined && shown.length < rest.length ? cursorOf(last.key) : null,
  };
}
