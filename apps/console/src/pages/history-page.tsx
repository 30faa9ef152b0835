import { useState } from 'preact/hooks';
import { EVENT_TYPES, type EventType, type HistoryQuery } from '../api/types';
import { ErrorNotice } from '../components/error-notice';
import { HistoryTimeline } from '../components/history-timeline';
import { PageHeader } from '../components/page-header';
import { useSession } from '../components/session-context';
import { fromLocalInputValue } from '../format';
import { useResource } from '../hooks';

const PAGE_SIZES = [10, 25, 50, 100, 250] as const;

interface Filters {
  readonly accountId: string;
  readonly type: EventType | '';
  readonly from: string;
  readonly to: string;
  readonly limit: number;
}

/** The select's value as the API's event type; '' (any type) for anything else. */
const eventTypeOf = (value: string): EventType | '' => EVENT_TYPES.find((type) => type === value) ?? '';

function queryOf(filters: Filters, after: number | undefined): HistoryQuery {
  return {
    accountId: filters.accountId.trim() || undefined,
    type: filters.type || undefined,
    from: fromLocalInputValue(filters.from),
    to: fromLocalInputValue(filters.to),
    after,
    limit: filters.limit,
  };
}

/** The tenant's events as a filterable timeline, paged forward by the API's `next` cursor. */
export function HistoryPage({ tenantId, initialAccountId }: { readonly tenantId: string; readonly initialAccountId: string }) {
  const { api, signOut } = useSession();
  const [draft, setDraft] = useState<Filters>({ accountId: initialAccountId, type: '', from: '', to: '', limit: 50 });
  const [filters, setFilters] = useState<Filters>(draft);
  // The `after` cursors of the pages seen so far: going back pops one.
  const [cursors, setCursors] = useState<readonly (number | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const page = useResource(() => api.history(tenantId, queryOf(filters, after)), [tenantId, filters, after]);
  const pageNumber = cursors.length;
  const next = page.data?.next;

  const update = (change: Partial<Filters>): void => setDraft((current) => ({ ...current, ...change }));

  return (
    <div class="page">
      <PageHeader title="History" subtitle={`Every recorded event of tenant ${tenantId}, oldest first. Events of one licence activity are grouped.`} />
      <form
        class="card filters"
        aria-label="Filter history"
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
          setCursors([undefined]);
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
            onClick={() => {
              const cleared: Filters = { accountId: '', type: '', from: '', to: '', limit: draft.limit };
              setDraft(cleared);
              setFilters(cleared);
              setCursors([undefined]);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {page.error !== undefined && <ErrorNotice error={page.error} action="Load the history" onSignInAgain={signOut} />}
      {page.data !== undefined &&
        (page.data.events.length === 0 ? (
          <p class="empty">{pageNumber === 1 ? 'No events match these filters.' : 'No more events.'}</p>
        ) : (
          <HistoryTimeline entries={page.data.events} tenantId={tenantId} />
        ))}
      {page.loading && page.data === undefined && <p class="muted">Loading…</p>}
      <nav class="pager" aria-label="History pages">
        <button type="button" class="button button--secondary" disabled={pageNumber === 1 || page.loading} onClick={() => setCursors((list) => list.slice(0, -1))}>
          ← Previous
        </button>
        <span class="pager__label">Page {pageNumber}</span>
        <button
          type="button"
          class="button button--secondary"
          disabled={next === null || next === undefined || page.loading}
          onClick={() => next !== null && next !== undefined && setCursors((list) => [...list, next])}
        >
          Next →
        </button>
      </nav>
    </div>
  );
}
