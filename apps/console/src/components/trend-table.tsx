import type { TrendPoint } from '../api/report-types';
import { formatCount, formatDateTime } from '../format';
import { TREND_FIGURES, tenantsOf } from './trend-figures';

/** A trend's points as a table: the chart's text alternative, folded away until asked for. */
export function TrendTable({ title, points }: { readonly title: string; readonly points: readonly TrendPoint[] }) {
  const estate = points.some((point) => tenantsOf(point) !== undefined);
  return (
    <details class="trend__table">
      <summary>Show the {formatCount(points.length)} points as a table</summary>
      {/* Focusable: a keyboard can scroll a table wider than the page. */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label={`${title}: every point`}>
        <table class="table table--numbers">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">At</th>
              {TREND_FIGURES.map((figure) => (
                <th scope="col" key={figure.key}>
                  {figure.label}
                </th>
              ))}
              {estate && <th scope="col">Tenants</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.at} data-forecast={point.forecast ? 'true' : undefined}>
                <th scope="row">
                  {formatDateTime(point.at)}
                  {point.forecast && <span class="badge badge--forecast">Forecast</span>}
                </th>
                {TREND_FIGURES.map((figure) => (
                  <td key={figure.key}>{figure.format(point[figure.key])}</td>
                ))}
                {estate && <td>{formatCount(tenantsOf(point) ?? 0)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
