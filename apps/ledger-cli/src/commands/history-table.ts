import { textTable } from '../text-table';
import type { HistoryEntry } from '@ledger/projections';

const HEADERS = ['REV', 'OCCURRED AT', 'TYPE', 'ACCOUNT', 'DETAILS', 'ACTIVITY', 'ACTOR'] as const;

/** What an event says beyond its account, as `key=value` pairs. */
function detailsOf(data: Readonly<Record<string, unknown>>): string {
  return Object.entries(data)
    .filter(([key]) => key !== 'accountId')
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
}

/** The CSV columns of a history page: an entry's fields, its data as JSON. */
export const HISTORY_COLUMNS = ['revision', 'occurredAt', 'type', 'activityId', 'actor', 'data'] as const;

/** History entries as an aligned text table, oldest first; activity ids shortened to their first 8 characters. */
export function historyTable(entries: readonly HistoryEntry[], maxWidth?: number): string {
  const rows = entries.map((entry) => [
    String(entry.revision),
    entry.occurredAt,
    entry.type,
    typeof entry.data.accountId === 'string' ? entry.data.accountId : '',
    detailsOf(entry.data),
    entry.activityId.slice(0, 8),
    entry.actor,
  ]);
  // The revision is a number: right-aligned.
  return textTable(HEADERS, rows, new Set([0]), maxWidth);
}
