import { fromLocalInputValue, toLocalInputValue } from '../format';

interface AsOfPickerProps {
  /** The instant shown, ISO-8601 UTC. */
  readonly at: string;
  readonly onChange: (at: string) => void;
}

const HOUR = 3600 * 1000;

/** A local date-time to the second, with quick steps back in time. */
export function AsOfPicker({ at, onChange }: AsOfPickerProps) {
  const shift = (milliseconds: number): void => onChange(new Date(new Date(at).getTime() - milliseconds).toISOString());
  return (
    <div class="as-of-picker">
      <label>
        <span>As of (your time zone)</span>
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
      <div class="as-of-picker__steps" role="group" aria-label="Move in time">
        <button type="button" class="button button--secondary" onClick={() => shift(HOUR)}>
          −1 h
        </button>
        <button type="button" class="button button--secondary" onClick={() => shift(24 * HOUR)}>
          −1 day
        </button>
        <button type="button" class="button button--secondary" onClick={() => onChange(new Date().toISOString())}>
          Now
        </button>
      </div>
    </div>
  );
}
