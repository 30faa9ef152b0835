import type { HistoryEntry } from '@ledger/projections';

const HEADERS = ['REV', 'OCCURRED AT', 'TYPE', 'ACCOUNT', 'DETAILS', 'ACTIVITY', 'ACTOR'] as const;

/** What an event says beyond its account, as `key=value` pairs. */
function detailsOf(data: Readonly<Record<string, unknown>>): string {
  return Object.entries(data)
    .filter(([key]) => key !== 'accountId')
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
}

/** History entries as an aligned text table, oldest first; activity ids shortened to their first 8 characters. */
export function historyTable(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((entry) => [
    String(entry.revision),
    entry.occurredAt,
    entry.type,
    typeof entry.data.accountId === 'string' ? entry.data.accountId : '',
    detailsOf(entry.data),
    entry.activityId.slice(0, 8),
    entry.actor,
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(HEADERS), ...rows.map(line)].join('\n') + '\n';
}
