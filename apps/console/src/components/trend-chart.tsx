import { useEffect, useRef, useState } from 'preact/hooks';
import './reports.css';
import type { TrendPoint } from '../api/report-types';
import { formatCount, formatDateTime } from '../format';
import { DASHES, describePoint, TREND_FIGURES, tenantsOf, type TrendFigure } from './trend-figures';
import { TrendTable } from './trend-table';

/** The drawing's own units (the SVG scales to its box): wide enough for a year of days. */
const WIDTH = 760;
const LEFT = 52;
const RIGHT = 16;
const PANELS = {
  seats: { top: 14, height: 170, title: 'Seats' },
  accounts: { top: 222, height: 80, title: 'Accounts needing action' },
} as const;
const BOTTOM = 302;
const HEIGHT = 330;
/** Beyond this many points the markers would merge into a band: only the active point keeps them. */
const MARKERS_UP_TO = 60;

type PanelName = keyof typeof PANELS;

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: '2-digit' });

/** 0 → 1, else the next 1, 2 or 5 × 10^k at or above the largest value: round axis ends. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((multiple) => multiple * power >= value) ?? 10;
  return step * power;
}

function xOf(index: number, count: number): number {
  const plot = WIDTH - LEFT - RIGHT;
  return count <= 1 ? LEFT + plot / 2 : LEFT + (index * plot) / (count - 1);
}

interface Scale {
  readonly max: number;
  readonly y: (value: number) => number;
}

function scaleOf(panel: PanelName, points: readonly TrendPoint[]): Scale {
  const figures = TREND_FIGURES.filter((figure) => figure.panel === panel);
  const max = niceMax(Math.max(0, ...points.flatMap((point) => figures.map((figure) => point[figure.key]))));
  const { top, height } = PANELS[panel];
  return { max, y: (value) => top + height - (value / max) * height };
}

/** The polyline of one figure over the given points (indexes into the series). */
function pathOf(figure: TrendFigure, points: readonly TrendPoint[], indexes: readonly number[], scale: Scale): string {
  return indexes.map((index, n) => `${n === 0 ? 'M' : 'L'}${xOf(index, points.length).toFixed(1)},${scale.y(points[index]?.[figure.key] ?? 0).toFixed(1)}`).join(' ');
}

function Panel({ name, points, active }: { readonly name: PanelName; readonly points: readonly TrendPoint[]; readonly active: number }) {
  const scale = scaleOf(name, points);
  const { top, height, title } = PANELS[name];
  const ticks = [0, scale.max / 2, scale.max].filter((tick) => Number.isInteger(tick));
  const actual = points.flatMap((point, index) => (point.forecast ? [] : [index]));
  const firstForecast = points.findIndex((point) => point.forecast);
  // The forecast line starts at the last actual point, so the two read as one series.
  const forecast = firstForecast < 0 ? [] : points.flatMap((_point, index) => (index >= Math.max(0, firstForecast - 1) ? [index] : []));
  const markers = points.length <= MARKERS_UP_TO;
  return (
    <g class="trend__panel" data-panel={name}>
      <text class="trend__panel-title" x={LEFT} y={top - 4}>
        {title}
      </text>
      {ticks.map((tick) => (
        <g key={tick}>
          <line class="trend__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={scale.y(tick)} y2={scale.y(tick)} />
          <text class="trend__tick" x={LEFT - 6} y={scale.y(tick) + 4} text-anchor="end">
            {formatCount(tick)}
          </text>
        </g>
      ))}
      <line class="trend__axis" x1={LEFT} x2={WIDTH - RIGHT} y1={top + height} y2={top + height} />
      {TREND_FIGURES.filter((figure) => figure.panel === name).map((figure) => (
        <g key={figure.key} data-series={figure.key} stroke={figure.colour}>
          {actual.length > 0 && <path class="trend__line" d={pathOf(figure, points, actual, scale)} stroke-dasharray={DASHES[figure.key]} />}
          {forecast.length > 1 && <path class="trend__line trend__line--forecast" d={pathOf(figure, points, forecast, scale)} stroke-dasharray="3 4" />}
          {points.map((point, index) =>
            markers || index === active ? (
              <circle
                key={index}
                class={`trend__marker${point.forecast ? ' trend__marker--forecast' : ''}${index === active ? ' trend__marker--active' : ''}`}
                cx={xOf(index, points.length)}
                cy={scale.y(point[figure.key])}
                r={index === active ? 4.5 : 3}
                fill={point.forecast ? '#ffffff' : figure.colour}
              />
            ) : null,
          )}
        </g>
      ))}
    </g>
  );
}

/** Every `every`-th date under the axis, and the last one, unless a regular one sits too close to it. */
function isLabelled(index: number, count: number, every: number): boolean {
  if (index === count - 1) return true;
  return index % every === 0 && count - 1 - index >= Math.max(1, every * 0.6);
}

interface TrendChartProps {
  /** The chart's title: its accessible name. */
  readonly title: string;
  readonly points: readonly TrendPoint[];
  /** Prefixes the ids inside, so two charts on one page do not clash. */
  readonly idPrefix: string;
}

/**
 * A trend (SPEC §5) as an SVG line chart of two panels (seats; broken and non-compliant accounts),
 * one x position per point. Each point is a keyboard stop (one in the tab order at a time: the
 * arrows, Home and End move between them) and a hover target; the figures of the active point are
 * in the readout beside it. Forecast points (R13, after now) are hollow, on a dashed line, in a
 * shaded band labelled "Forecast". The figures are also a table, for whoever cannot see the chart.
 */
export function TrendChart({ title, points, idPrefix }: TrendChartProps) {
  const lastActual = points.reduce((found, point, index) => (point.forecast ? found : index), points.length - 1);
  const [active, setActive] = useState(Math.max(0, lastActual));
  const [focusRequest, setFocusRequest] = useState<number | null>(null);
  const hits = useRef<(SVGRectElement | null)[]>([]);
  const current = Math.min(active, points.length - 1);

  useEffect(() => setActive(Math.max(0, lastActual)), [points]);
  useEffect(() => {
    if (focusRequest !== null) hits.current[focusRequest]?.focus();
  }, [focusRequest]);

  if (points.length === 0) return <p class="empty">No points in this range.</p>;

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(points.length - 1, index));
    setActive(next);
    setFocusRequest(next);
  };
  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const target = { ArrowRight: index + 1, ArrowUp: index + 1, ArrowLeft: index - 1, ArrowDown: index - 1, Home: 0, End: points.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const step = points.length <= 1 ? WIDTH - LEFT - RIGHT : (WIDTH - LEFT - RIGHT) / (points.length - 1);
  const firstForecast = points.findIndex((point) => point.forecast);
  const labelEvery = Math.ceil(points.length / 8);
  const point = points[current] ?? points[0];
  const first = points[0];
  const last = points[Math.max(0, lastActual)];
  const forecasts = points.filter((candidate) => candidate.forecast).length;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  if (point === undefined || first === undefined || last === undefined) return null;

  return (
    <div class="trend">
      <div class="trend__body">
        <svg class="trend__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby={titleId} aria-describedby={descId}>
          <title id={titleId}>{title}</title>
          <desc id={descId}>
            {`${formatCount(points.length)} points from ${formatDateTime(first.at)} to ${formatDateTime(points[points.length - 1]?.at ?? first.at)}` +
              `${forecasts > 0 ? `, the last ${formatCount(forecasts)} forecasts from the terms recorded` : ''}. ` +
              `First point: ${describePoint(first, formatDateTime(first.at))} Latest: ${describePoint(last, formatDateTime(last.at))} ` +
              'Every point is in the table below the chart.'}
          </desc>
          {firstForecast >= 0 && (
            <g class="trend__forecast-band" data-forecast-band>
              <rect x={xOf(firstForecast, points.length) - step / 2} y={0} width={WIDTH - RIGHT - xOf(firstForecast, points.length) + step / 2} height={BOTTOM} />
              <text x={WIDTH - RIGHT - 4} y={12} text-anchor="end">
                Forecast
              </text>
            </g>
          )}
          <line class="trend__guide" x1={xOf(current, points.length)} x2={xOf(current, points.length)} y1={0} y2={BOTTOM} />
          <Panel name="seats" points={points} active={current} />
          <Panel name="accounts" points={points} active={current} />
          {points.map((candidate, index) =>
            isLabelled(index, points.length, labelEvery) ? (
              <text key={candidate.at} class="trend__tick" x={xOf(index, points.length)} y={BOTTOM + 18} text-anchor="middle">
                {shortDate.format(new Date(candidate.at))}
              </text>
            ) : null,
          )}
          {points.map((candidate, index) => (
            <rect
              key={candidate.at}
              ref={(element) => {
                hits.current[index] = element;
              }}
              class="trend__hit"
              data-point-index={index}
              data-at={candidate.at}
              data-forecast={candidate.forecast ? 'true' : undefined}
              x={xOf(index, points.length) - step / 2}
              y={0}
              width={step}
              height={BOTTOM}
              role="img"
              aria-label={describePoint(candidate, formatDateTime(candidate.at))}
              tabIndex={index === current ? 0 : -1}
              onPointerEnter={() => setActive(index)}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            />
          ))}
        </svg>
        <TrendReadout point={point} />
      </div>
      <ul class="trend__legend" aria-label={`Lines of ${title}`}>
        {TREND_FIGURES.filter((figure) => figure.panel !== 'none').map((figure) => (
          <li key={figure.key}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" x2="27" y1="5" y2="5" stroke={figure.colour} stroke-width="2.5" stroke-dasharray={DASHES[figure.key]} />
            </svg>
            {figure.label}
          </li>
        ))}
        {firstForecast >= 0 && (
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" x2="27" y1="5" y2="5" stroke="#5f6b7a" stroke-width="2" stroke-dasharray="3 4" />
              <circle cx="14" cy="5" r="3.5" fill="#ffffff" stroke="#5f6b7a" stroke-width="1.5" />
            </svg>
            Forecast (hollow points: from the terms recorded)
          </li>
        )}
      </ul>
      <TrendTable title={title} points={points} />
    </div>
  );
}

/** The figures of the point under the cursor or the keyboard focus. */
function TrendReadout({ point }: { readonly point: TrendPoint }) {
  const tenants = tenantsOf(point);
  return (
    <div class="trend__readout" data-trend-readout data-at={point.at}>
      <p class="trend__when">
        {point.forecast && (
          <span class="badge badge--forecast" data-forecast-label>
            Forecast
          </span>
        )}
        <span>{formatDateTime(point.at)}</span>
      </p>
      <dl class="trend__figures">
        {TREND_FIGURES.map((figure) => (
          <div key={figure.key}>
            <dt>{figure.label}</dt>
            <dd data-trend-figure={figure.key}>{figure.format(point[figure.key])}</dd>
          </div>
        ))}
        {tenants !== undefined && (
          <div>
            <dt>Tenants counted</dt>
            <dd data-trend-figure="tenants">{formatCount(tenants)}</dd>
          </div>
        )}
        <div>
          <dt>Rulebook</dt>
          <dd data-trend-figure="rulebook">{point.rulebook ?? 'more than one'}</dd>
        </div>
      </dl>
      {point.forecast && <p class="trend__note">A forecast: the terms recorded, played forward to this date.</p>}
    </div>
  );
}
