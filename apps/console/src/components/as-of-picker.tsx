import { useEffect, useState } from 'preact/hooks';
import { asOfProblem } from '../as-of-instant';
import { fromLocalInputValue, toLocalInputValue } from '../format';

interface AsOfPickerProps {
  /** The instant shown, ISO-8601 UTC. */
  readonly at: string;
  readonly onChange: (at: string) => void;
}

const HOUR = 3600 * 1000;

/**
 * A local date-time to the second, with quick steps back in time. Issue 16 #5: what is typed is
 * a draft — each keystroke makes another complete value of a date field — committed on Enter or
 * when the field is left, and checked here first, in words.
 */
export function AsOfPicker({ at, onChange }: AsOfPickerProps) {
  const [draft, setDraft] = useState(() => toLocalInputValue(new Date(at)));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(toLocalInputValue(new Date(at))), [at]);

  const commit = (value: string): void => {
    const iso = fromLocalInputValue(value);
    const found = asOfProblem(iso, new Date());
    setProblem(found);
    if (found === null && iso !== undefined && iso !== at) onChange(iso);
  };
  const shift = (milliseconds: number): void => {
    setProblem(null);
    onChange(new Date(new Date(at).getTime() - milliseconds).toISOString());
  };
  return (
    <form
      class="as-of-picker"
      onSubmit={(event) => {
        event.preventDefault();
        commit(draft);
      }}
    >
      <label>
        <span>As of (your time zone)</span>
        <input
          name="as-of"
          type="datetime-local"
          step={1}
          value={draft}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : 'as-of-problem'}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onBlur={(event) => commit(event.currentTarget.value)}
          // A date field with no submit button beside it: Enter is the admin's "apply".
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            commit(event.currentTarget.value);
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
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setProblem(null);
            onChange(new Date().toISOString());
          }}
        >
          Now
        </button>
      </div>
      {problem !== null && (
        <p id="as-of-problem" class="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
