import type { HistoryOrder, HistoryPaging } from './history-reads';

/** A cursor that does not fit the order asked for: which field, and why, in words. */
export interface HistoryPagingProblem {
  readonly field: 'after' | 'before';
  readonly problem: string;
}

/**
 * SPEC §6: `after` pages oldest first, `before` newest first; a cursor of the other order is
 * refused (naming it) rather than ignored, so a caller never reads a page it did not ask for.
 * The API and the CLI both ask this, so they refuse the same things with the same words.
 */
export function historyPagingOf(
  order: HistoryOrder | undefined,
  after: number | undefined,
  before: number | undefined,
): HistoryPaging | HistoryPagingProblem {
  if (order === 'desc') {
    if (after !== undefined)
      return { field: 'after', problem: 'after pages oldest first: use before with order desc' };
    return before === undefined ? { order } : { order, before };
  }
  if (before !== undefined)
    return { field: 'before', problem: 'before pages newest first: use it with order desc' };
  return after === undefined ? { order: 'asc' } : { order: 'asc', after };
}

export const isHistoryPagingProblem = (
  paging: HistoryPaging | HistoryPagingProblem,
): paging is HistoryPagingProblem => 'problem' in paging;
