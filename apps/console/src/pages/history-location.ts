import { EVENT_TYPES, type EventType, type HistoryQuery } from '../api/types';
import { fromLocalInputValue } from '../format';

/** SPEC §6: newest first (`desc`) or oldest first (`asc`). The console opens newest first: the day's work is at the top. */
export type HistoryOrder = 'asc' | 'desc';

export const PAGE_SIZES = [10, 25, 50, 100, 250] as const;
const DEFAULT_PAGE_SIZE = 50;

export interface HistoryFilters {
  readonly accountId: string;
  readonly type: EventType | '';
  /** datetime-local values, as typed. */
  readonly from: string;
  readonly to: string;
  readonly limit: number;
  readonly order: HistoryOrder;
}

/**
 * Where the admin is in the history, all of it in the address (issue 16 #2): back and forward,
 * a reload and a shared link show the same page. `cursor` is the API's `after` (asc) or `before`
 * (desc); absent on the first page.
 */
export interface HistoryPosition {
  readonly filters: HistoryFilters;
  readonly cursor: number | undefined;
  readonly page: number;
}

/** The select's value as the API's event type; '' (any type) for anything else. */
export const eventTypeOf = (value: string): EventType | '' => EVENT_TYPES.find((type) => type === value) ?? '';

const wholeNumber = (value: string | null, minimum: number): number | undefined => {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= minimum ? number : undefined;
};

export function historyPositionOf(params: URLSearchParams): HistoryPosition {
  const limit = wholeNumber(params.get('limit'), 1);
  const cursor = wholeNumber(params.get('cursor'), 0);
  return {
    filters: {
      accountId: params.get('account') ?? '',
      type: eventTypeOf(params.get('type') ?? ''),
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
      limit: PAGE_SIZES.find((size) => size === limit) ?? DEFAULT_PAGE_SIZE,
      order: params.get('order') === 'asc' ? 'asc' : 'desc',
    },
    cursor,
    // A page number without its cursor would be a claim the page cannot back: page 1 then.
    page: cursor === undefined ? 1 : (wholeNumber(params.get('page'), 1) ?? 1),
  };
}

/** The address's parameters for a position (defaults left out, so a plain link stays plain). */
export function historyParamsOf(position: HistoryPosition): Record<string, string | undefined> {
  const { filters, cursor, page } = position;
  return {
    account: filters.accountId.trim() || undefined,
    type: filters.type || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    limit: filters.limit === DEFAULT_PAGE_SIZE ? undefined : String(filters.limit),
    order: filters.order === 'desc' ? undefined : 'asc',
    cursor: cursor === undefined ? undefined : String(cursor),
    page: cursor === undefined ? undefined : String(page),
  };
}

export function historyQueryOf(filters: HistoryFilters, cursor: number | undefined, limit = filters.limit): HistoryQuery {
  return {
    accountId: filters.accountId.trim() || undefined,
    type: filters.type || undefined,
    from: fromLocalInputValue(filters.from),
    to: fromLocalInputValue(filters.to),
    order: filters.order,
    ...(filters.order === 'desc' ? { before: cursor } : { after: cursor }),
    limit,
  };
}

/**
 * The cursor that opens a page whose first entry (in the page's order) has this revision: `before`
 * is exclusive, so one above it newest first; `after` one below it oldest first.
 */
export const cursorOpening = (order: HistoryOrder, firstRevision: number): number =>
  order === 'desc' ? firstRevision + 1 : Math.max(firstRevision - 1, -1);

export const pageCount = (total: number, limit: number): number => Math.max(1, Math.ceil(total / limit));
