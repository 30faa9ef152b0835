import { useMemo, useRef, useState } from 'preact/hooks';
import type { TrendInterval, TrendPoint, TrendWindow } from '../api/report-types';
import { useResource } from '../hooks';
import { useSeen } from '../use-seen';
import { ChoiceField } from './choice-field';
import { CsvDownloadButton } from './csv-download-button';
import { ErrorNotice } from './error-notice';
import { useSession } from './session-context';
import { TrendChart } from './trend-chart';
import { TREND_INTERVALS, TREND_RANGES, trendWindow, type TrendRange } from './trend-window';

interface TrendSectionProps {
  readonly heading: string;
  readonly lead: string;
  /** Ids inside start with it; the CSV file name too. */
  readonly idPrefix: string;
  readonly load: (window: TrendWindow) => Promise<{ readonly points: readonly TrendPoint[] }>;
  readonly csv: (window: TrendWindow) => Promise<Blob>;
  /** What the figures were read at (e.g. the tenant's log position): a change loads the trend again. */
  readonly readAt?: string | null;
  /** Load only once the section nears the screen (the estate's trend reads every tenant's stream). */
  readonly whenSeen?: boolean;
}

/**
 * A trend with its controls (interval and range; by default the last 12 months, monthly), its
 * chart and its CSV (the API's `format=csv` of the same query).
 */
export function TrendSection({ heading, lead, idPrefix, load, csv, readAt, whenSeen = false }: TrendSectionProps) {
  const section = useRef<HTMLElement>(null);
  const seen = useSeen(section);
  const [interval, setTrendInterval] = useState<TrendInterval>('month');
  const [range, setRange] = useState<TrendRange>('12m');
  // One "now" per choice and per reading: a window that moved on every render would fetch for ever.
  const now = useMemo(() => new Date(), [interval, range, readAt]);
  const query = trendWindow(range, interval, now);
  const headingId = `${idPrefix}-heading`;

  return (
    <section class="section" aria-labelledby={headingId} data-trend={idPrefix} ref={section}>
      <div class="section__header">
        <h2 id={headingId}>{heading}</h2>
        <div class="section__tools trend-controls">
          <ChoiceField
            label="Interval"
            name={`${idPrefix}-interval`}
            value={interval}
            choices={TREND_INTERVALS.map((choice) => choice.id)}
            nameOf={(id) => TREND_INTERVALS.find((choice) => choice.id === id)?.label ?? id}
            onChange={setTrendInterval}
          />
          <ChoiceField
            label="Range"
            name={`${idPrefix}-range`}
            value={range}
            choices={TREND_RANGES.map((choice) => choice.id)}
            nameOf={(id) => TREND_RANGES.find((choice) => choice.id === id)?.label ?? id}
            onChange={setRange}
          />
          <CsvDownloadButton label="Download CSV" fileName={`${idPrefix}-${query.interval}-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv`} load={() => csv(query)} />
        </div>
      </div>
      <p class="muted">{lead}</p>
      {!whenSeen || seen ? <TrendBody heading={heading} idPrefix={idPrefix} query={query} load={load} /> : <p class="muted">Loads when scrolled into view.</p>}
    </section>
  );
}

function TrendBody({ heading, idPrefix, query, load }: Pick<TrendSectionProps, 'heading' | 'idPrefix' | 'load'> & { readonly query: TrendWindow }) {
  const { signOut } = useSession();
  const trend = useResource(() => load(query), [query.from, query.to, query.interval]);
  return (
    <>
      {trend.error !== undefined && <ErrorNotice error={trend.error} action={`Load ${heading.toLowerCase()}`} onSignInAgain={signOut} onRetry={trend.reload} />}
      {trend.data !== undefined && (
        <div class="card" aria-busy={trend.loading}>
          <TrendChart title={heading} points={trend.data.points} idPrefix={idPrefix} />
        </div>
      )}
      {trend.loading && trend.data === undefined && <p class="muted">Loading…</p>}
    </>
  );
}
