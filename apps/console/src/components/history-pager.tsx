import type { Ref } from 'preact';
import type { HistoryOrder } from '../pages/history-location';

/** Where a pager button goes, in the list's own order: its first or last page, or a neighbour. */
export type HistoryStep = 'first' | 'previous' | 'next' | 'last';

const LABELS: Record<HistoryOrder, Record<HistoryStep, string>> = {
  desc: { first: 'Jump to latest', previous: '← Newer', next: 'Older →', last: 'Oldest' },
  asc: { first: 'Oldest', previous: '← Older', next: 'Newer →', last: 'Jump to latest' },
};

interface HistoryPagerProps {
  readonly where: 'top' | 'bottom';
  readonly page: number;
  readonly pages: number;
  readonly total: number | undefined;
  readonly order: HistoryOrder;
  readonly busy: boolean;
  readonly hasNext: boolean;
  readonly onStep: (step: HistoryStep) => void;
  readonly labelRef?: Ref<HTMLSpanElement>;
}

/**
 * Issue 16 #2: the same pager above and below the list, saying "page N of M", with a jump to
 * either end. The label can take focus, so a step taken at the bottom lands the keyboard at the top.
 */
export function HistoryPager({ where, page, pages, total, order, busy, hasNext, onStep, labelRef }: HistoryPagerProps) {
  const labels = LABELS[order];
  const button = (step: HistoryStep, disabled: boolean) => (
    <button type="button" class="button button--secondary" disabled={disabled || busy} onClick={() => onStep(step)}>
      {labels[step]}
    </button>
  );
  return (
    <nav class={`pager pager--${where}`} aria-label={`History pages (${where})`}>
      {button('first', page === 1)}
      {button('previous', page === 1)}
      <span class="pager__label" ref={labelRef} tabIndex={-1} aria-live={where === 'top' ? 'polite' : undefined}>
        Page {page} of {pages}
        {total !== undefined && <span class="pager__total"> · {total === 1 ? '1 event' : `${total} events`}</span>}
      </span>
      {button('next', !hasNext)}
      {button('last', !hasNext)}
    </nav>
  );
}
