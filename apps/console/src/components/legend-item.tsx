import { formatCount } from '../format';

/** One figure of a card's legend; `data-figure` is its label (end-to-end tests read it), `shown` its text if not a count. */
interface LegendItemProps {
  readonly colour?: string;
  readonly label: string;
  readonly value: number;
  readonly shown?: string;
}

export function LegendItem({ colour, label, value, shown }: LegendItemProps) {
  return (
    <div class="legend__item">
      <dt>
        {colour !== undefined && <span class="legend__swatch" style={{ background: colour }} aria-hidden="true" />}
        {label}
      </dt>
      <dd data-figure={label}>{shown ?? formatCount(value)}</dd>
    </div>
  );
}
