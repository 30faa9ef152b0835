import { useEffect, useRef, useState } from 'preact/hooks';
import { EVENT_TYPES } from '../api/types';
import { ErrorNotice } from '../components/error-notice';
import { HistoryPager, type HistoryStep } from '../components/history-pager';
import { HistoryTimeline } from '../components/history-timeline';
import { PageHeader } from '../components/page-header';
import { useSession } from '../components/session-context';
import { useResource } from '../hooks';
import { navigate } from '../router';
import {
  cursorOpening,
  eventTypeOf,
  historyParamsOf,
  historyPositionOf,
  historyQueryOf,
  pageCount,
  PAGE_SIZES,
  type HistoryFilters,
  type HistoryPosition,
} from './history-location';

const opposite = (order: HistoryFilters['order']) => (order === 'desc' ? 'asc' : 'desc');

/**
 * The tenant's events as a filterable timeline, newest first unless asked otherwise, paged by the
 * API's cursors (SPEC §6); the position lives in the address (history-location.ts).
 */
export function HistoryPage({ tenantId, params }: { readonly tenantId: string; readonly params: URLSearchParams }) {
  const { api, signOut } = useSession();
  const position = historyPositionOf(params);
  const { filters, cursor } = position;
  const [draft, setDraft] = useState<HistoryFilters>(filters);
  const [stepping, setStepping] = useState(false);
  const topLabel = useRef<HTMLSpanElement>(null);
  /** Set by a step taken at the bottom pager: once the page arrives, the keyboard moves to the top. */
  const focusTopAfterStep = useRef(false);
  const queryKey = JSON.stringify(historyQueryOf(filters, cursor));
  const page = useResource(() => api.history(tenantId, historyQueryOf(filters, cursor)), [tenantId, queryKey]);
  const total = page.data?.total;
  const pages = total === undefined ? position.page : Math.max(pageCount(total, filters.limit), position.page);

  // Back and forward change the address, not the form: the form follows what the page shows.
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);

  // Issue 16 #2: a new page starts at the top of the list, whichever pager was used.
  const shownKey = page.loading ? undefined : queryKey;
  useEffect(() => {
    if (shownKey === undefined || !focusTopAfterStep.current) return;
    focusTopAfterStep.current = false;
    topLabel.current?.scrollIntoView({ block: 'start' });
    topLabel.current?.focus({ preventScroll: true });
  }, [shownKey]);

  const go = (next: HistoryPosition): void => {
    navigate('history', { tenant: params.get('tenant') ?? undefined, ...historyParamsOf(next) });
  };
  const firstPage = (nextFilters: HistoryFilters): void => go({ filters: nextFilters, cursor: undefined, page: 1 });

  /** The page whose first entry is the last of `fetched` (read the other way round from an edge). */
  const openEndingWith = async (fromCursor: number | undefined, limit: number, target: number): Promise<void> => {
    const fetched = await api.history(tenantId, historyQueryOf({ ...filters, order: opposite(filters.order) }, fromCursor, limit));
    const first = fetched.events[fetched.events.length - 1];
    if (target <= 1 || first === undefined || fetched.events.length < limit) firstPage(filters);
    else go({ filters, cursor: cursorOpening(filters.order, first.revision), page: target });
  };

  const step = async (where: 'top' | 'bottom', to: HistoryStep): Promise<void> => {
    const shown = page.data;
    if (shown === undefined) return;
    focusTopAfterStep.current = true;
    if (where === 'bottom') topLabel.current?.scrollIntoView({ block: 'start' });
    setStepping(true);
    try {
      if (to === 'first' || (to === 'previous' && position.page <= 2)) firstPage(filters);
      else if (to === 'next' && shown.next !== null) go({ filters, cursor: shown.next, page: position.page + 1 });
      else if (to === 'previous' && shown.events[0] !== undefined)
        await openEndingWith(shown.events[0].revision, filters.limit, position.page - 1);
      else if (to === 'last') {
        const last = pageCount(shown.total, filters.limit);
        await openEndingWith(undefined, shown.total - (last - 1) * filters.limit, last);
      }
    } finally {
      setStepping(false);
    }
  };

  const update = (change: Partial<HistoryFilters>): void => setDraft((current) => ({ ...current, ...change }));
  const pager = (where: 'top' | 'bottom') => (
    <HistoryPager
      where={where}
      page={position.page}
      pages={pages}
      total={total}
      order={filters.order}
      busy={page.loading || stepping}
      hasNext={page.data?.next !== null && page.data?.next !== undefined}
      onStep={(to) => void step(where, to)}
      labelRef={where === 'top' ? topLabel : undefined}
    />
  );

  return (
    <div class="page">
      <PageHeader
        title="History"
        subtitle={`Every recorded event of tenant ${tenantId}, ${filters.order === 'desc' ? 'newest' : 'oldest'} first. Events of one licence activity are grouped.`}
      />
      <form
        class="card filters"
        aria-label="Filter history"
        onSubmit={(event) => {
          event.preventDefault();
          firstPage(draft);
        }}
      >
        <label>
          <span>Account id</span>
          <input name="history-account" placeholder="any account" value={draft.accountId} onInput={(event) => update({ accountId: event.currentTarget.value })} />
        </label>
        <label>
          <span>Event type</span>
          <select name="history-type" value={draft.type} onChange={(event) => update({ type: eventTypeOf(event.currentTarget.value) })}>
            <option value="">Any type</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>From</span>
          <input name="history-from" type="datetime-local" step={1} value={draft.from} onInput={(event) => update({ from: event.currentTarget.value })} />
        </label>
        <label>
          <span>To</span>
          <input name="history-to" type="datetime-local" step={1} value={draft.to} onInput={(event) => update({ to: event.currentTarget.value })} />
        </label>
        <label class="field--narrow field--order">
          <span>Order</span>
          <select name="history-order" value={draft.order} onChange={(event) => update({ order: event.currentTarget.value === 'asc' ? 'asc' : 'desc' })}>
            <option value="desc">Newest first</option>
            <option value="asc">Oldest first</option>
          </select>
        </label>
        <label class="field--narrow">
          <span>Per page</span>
          <select name="history-limit" value={String(draft.limit)} onChange={(event) => update({ limit: Number(event.currentTarget.value) })}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={String(size)}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <div class="filters__actions">
          <button type="submit" class="button button--primary">
            Apply
          </button>
          <button
            type="button"
            class="button button--quiet"
            onClick={() => firstPage({ accountId: '', type: '', from: '', to: '', limit: draft.limit, order: draft.order })}
          >
            Clear
          </button>
        </div>
      </form>
      {page.error !== undefined && <ErrorNotice error={page.error} action="Load the history" onSignInAgain={signOut} onRetry={page.reload} />}
      {pager('top')}
      {page.data !== undefined &&
        (page.data.events.length === 0 ? (
          <p class="empty">{position.page === 1 ? 'No events match these filters.' : 'No more events.'}</p>
        ) : (
          <HistoryTimeline entries={page.data.events} tenantId={tenantId} />
        ))}
      {page.loading && page.data === undefined && <p class="muted">Loading…</p>}
      {pager('bottom')}
    </div>
  );
}
