import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatCount, formatUsd } from '../format';
import { replaceUrlParams, urlParam } from '../url-params';
import { useDebounced } from '../use-debounced';
import { TenantLink } from './tenant-link';
import { searchAndSort, type SortDirection, type SortKey, type TenantRow } from './tenant-rows';

/** A screenful: the table never renders more rows than this, whatever the number of tenants. */
export const TENANTS_PER_PAGE = 50;
const SEARCH_PAUSE_MS = 250;

interface Column {
  readonly key: SortKey;
  readonly label: string;
  readonly show: (row: TenantRow) => string;
  /** Numbers sort largest first on the first click: the ones to look at. */
  readonly numeric: boolean;
}

function percent(value: number | null): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return 'none allotted';
  return `${Math.round(value)} %`;
}

const COLUMNS: readonly Column[] = [
  { key: 'tenantId', label: 'Tenant', show: (row) => row.tenantId, numeric: false },
  { key: 'rulebook', label: 'Rulebook', show: (row) => row.rulebook, numeric: false },
  { key: 'phoneSystemSeats', label: 'Phone System seats', show: (row) => formatCount(row.phoneSystemSeats), numeric: true },
  { key: 'allocation', label: 'Free allocation', show: (row) => formatCount(row.allocation), numeric: true },
  { key: 'usedPercent', label: 'Allocation used', show: (row) => percent(row.usedPercent), numeric: true },
  { key: 'paidHeld', label: 'Paid seats', show: (row) => formatCount(row.paidHeld), numeric: true },
  { key: 'assigned', label: 'Assigned', show: (row) => formatCount(row.assigned), numeric: true },
  { key: 'broken', label: 'Broken', show: (row) => formatCount(row.broken), numeric: true },
  { key: 'nonCompliant', label: 'Non-compliant', show: (row) => formatCount(row.nonCompliant), numeric: true },
  { key: 'monthlyCost', label: 'Monthly cost', show: (row) => formatUsd(row.monthlyCost), numeric: true },
];

function sortKeyOf(value: string | null): SortKey {
  return COLUMNS.find((column) => column.key === value)?.key ?? 'tenantId';
}

/**
 * Every tenant as a table: searched by tenant id as one types (once per pause), sorted by any
 * column, 50 rows a page; the search, sort and page are in the address.
 */
export function TenantsTable({ rows, onOpenTenant }: { readonly rows: readonly TenantRow[]; readonly onOpenTenant: (tenantId: string) => void }) {
  const [typed, setTyped] = useState(() => urlParam('q') ?? '');
  const search = useDebounced(typed, SEARCH_PAUSE_MS);
  const [sort, setSort] = useState<SortKey>(() => sortKeyOf(urlParam('sort')));
  const [direction, setDirection] = useState<SortDirection>(() => (urlParam('dir') === 'desc' ? 'desc' : 'asc'));
  const [pageWanted, setPageWanted] = useState(() => Math.max(1, Number.parseInt(urlParam('page') ?? '1', 10) || 1));
  const [searched, setSearched] = useState(search);

  // A new search starts at its first page.
  if (search !== searched) {
    setSearched(search);
    setPageWanted(1);
  }
  const found = useMemo(() => searchAndSort(rows, search, sort, direction), [rows, search, sort, direction]);
  const pages = Math.max(1, Math.ceil(found.length / TENANTS_PER_PAGE));
  const page = Math.min(pageWanted, pages);
  const shown = found.slice((page - 1) * TENANTS_PER_PAGE, page * TENANTS_PER_PAGE);

  useEffect(
    () =>
      replaceUrlParams({ q: search, sort: sort === 'tenantId' ? undefined : sort, dir: direction === 'asc' ? undefined : direction, page: page === 1 ? undefined : String(page) }),
    [search, sort, direction, page],
  );

  const sortBy = (column: Column): void => {
    if (column.key === sort) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column.key);
      setDirection(column.numeric ? 'desc' : 'asc');
    }
    setPageWanted(1);
  };
  const first = found.length === 0 ? 0 : (page - 1) * TENANTS_PER_PAGE + 1;

  return (
    <div class="tenants-table">
      <div class="toolbar">
        <label class="inline-label">
          <span>Search tenants</span>
          <input
            type="search"
            name="tenant-search"
            placeholder="Tenant id"
            autocomplete="off"
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </label>
        <p class="muted tenants-table__count" aria-live="polite" data-tenant-count>
          {found.length === 0
            ? `No tenant id contains “${search}”.`
            : `Tenants ${formatCount(first)}–${formatCount(first + shown.length - 1)} of ${formatCount(found.length)}${search.trim() === '' ? '' : ` matching “${search.trim()}”`}`}
        </p>
      </div>
      <div class="card card--flush table-scroll">
        <table class="table table--numbers" aria-label="Every tenant">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th scope="col" key={column.key} aria-sort={column.key === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" class="sort-button" data-sort={column.key} onClick={() => sortBy(column)}>
                    {column.label}
                    <span class="sort-button__mark" aria-hidden="true">
                      {column.key === sort ? (direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">Flag</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.tenantId} data-tenant-row={row.tenantId}>
                {COLUMNS.map((column) =>
                  column.key === 'tenantId' ? (
                    <td key={column.key} data-label={column.label}>
                      <TenantLink tenantId={row.tenantId} onOpen={onOpenTenant} />
                    </td>
                  ) : (
                    <td key={column.key} data-label={column.label} data-column={column.key}>
                      {column.show(row)}
                    </td>
                  ),
                )}
                <td data-label="Flag">{row.overAllocated ? <span class="badge badge--broken">Over-allocated</span> : <span class="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="Tenant pages">
        <button type="button" class="button button--secondary" disabled={page === 1} onClick={() => setPageWanted(page - 1)}>
          ← Previous
        </button>
        <span class="pager__label" data-tenant-page>
          Page {formatCount(page)} of {formatCount(pages)}
        </span>
        <button type="button" class="button button--secondary" disabled={page === pages} onClick={() => setPageWanted(page + 1)}>
          Next →
        </button>
      </nav>
    </div>
  );
}
