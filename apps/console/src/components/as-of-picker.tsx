import { formatDateTime, fromLocalInputValue, toLocalInputValue } from '../format';

interface AsOfPickerProps {
  /** The instant shown, ISO-8601 UTC. */
  readonly at: string;
  readonly onChange: (at: string) => void;
}

const HOUR = 3600 * 1000;

/** A local date-time to the second, with steps back; the UTC instant sent to the API is shown too. */
export function AsOfPicker({ at, onChange }: AsOfPickerProps) {
  const shift = (milliseconds: number): void => onChange(new Date(new Date(at).getTime() - milliseconds).toISOString());
  return (
    <div class="as-of-picker">
      <label>
        <span>As of</span>
        <input
          name="as-of"
          type="datetime-local"
          step={1}
          value={toLocalInputValue(new Date(at))}
          onChange={(event) => {
            const iso = fromLocalInputValue(event.currentTarget.value);
            if (iso !== undefined) onChange(iso);
          }}
        />
      </label>
      <div class="as-of-picker__steps" role="group" aria-label="Move back in time">
        <button type="button" class="button button--secondary button--small" onClick={() => shift(HOUR)}>
          −1 h
        </button>
        <button type="button" class="button button--secondary button--small" onClick={() => shift(24 * HOUR)}>
          −1 day
        </button>
        <button type="button" class="button button--secondary button--small" onClick={() => onChange(new Date().toISOString())}>
          Now
        </button>
      </div>
      <p class="as-of-picker__utc">
        {formatDateTime(at)} · <code data-as-of={at}>{at}</code>
      </p>
    </div>
  );
}
