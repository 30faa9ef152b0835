import type { TrendPoint } from '../api/report-types';
import { formatCount, formatUsd } from '../format';

/** A figure of a trend point (SPEC §6) the chart draws, the readout shows and the table lists. */
export type TrendFigureKey = 'allocation' | 'free' | 'paid' | 'assigned' | 'phoneSystemSeats' | 'broken' | 'nonCompliant' | 'monthlyCost';

export interface TrendFigure {
  readonly key: TrendFigureKey;
  readonly label: string;
  readonly colour: string;
  /** The panel it is drawn in: seat counts and accounts needing action differ by orders of magnitude. */
  readonly panel: 'seats' | 'accounts' | 'none';
  readonly format: (value: number) => string;
}

// Colours hold at least 3:1 against the white plot (WCAG 1.4.11), and each line has its own dash too.
export const TREND_FIGURES: readonly TrendFigure[] = [
  { key: 'allocation', label: 'Free allocation', colour: '#0f6cbd', panel: 'seats', format: formatCount },
  { key: 'free', label: 'Free seats held', colour: '#5c2e91', panel: 'seats', format: formatCount },
  { key: 'paid', label: 'Paid seats held', colour: '#8a5300', panel: 'seats', format: formatCount },
  { key: 'assigned', label: 'Seats assigned', colour: '#107c41', panel: 'seats', format: formatCount },
  { key: 'phoneSystemSeats', label: 'Phone System seats (N)', colour: '#5f6b7a', panel: 'seats', format: formatCount },
  { key: 'broken', label: 'Broken accounts', colour: '#c50f1f', panel: 'accounts', format: formatCount },
  { key: 'nonCompliant', label: 'Non-compliant accounts', colour: '#b4009e', panel: 'accounts', format: formatCount },
  { key: 'monthlyCost', label: 'Monthly cost', colour: '#1b1f24', panel: 'none', format: formatUsd },
];

export const DASHES: Readonly<Record<TrendFigureKey, string | undefined>> = {
  allocation: undefined,
  free: '6 3',
  paid: '2 3',
  assigned: '10 3 2 3',
  phoneSystemSeats: '1 2',
  broken: undefined,
  nonCompliant: '6 3',
  monthlyCost: undefined,
};

/** How many tenants an estate point sums, when it is one. */
export function tenantsOf(point: TrendPoint): number | undefined {
  return 'tenants' in point ? point.tenants : undefined;
}

/** A point in one sentence: what a screen reader says on focus, and the chart's text alternative. */
export function describePoint(point: TrendPoint, at: string): string {
  const figures = TREND_FIGURES.map((figure) => `${figure.label} ${figure.format(point[figure.key])}`).join(', ');
  const tenants = tenantsOf(point);
  return `${point.forecast ? 'Forecast for' : 'At'} ${at}: ${figures}${tenants === undefined ? '' : `, over ${formatCount(tenants)} tenants`}.`;
}
