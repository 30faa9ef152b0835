import type { ComponentChildren } from 'preact';

interface SegmentedFilterProps<T extends string> {
  /** The radio group's accessible name. */
  readonly label: string;
  readonly value: T | 'all';
  readonly choices: readonly T[];
  /** The name of the first option, which filters nothing. */
  readonly allLabel: string;
  readonly render: (choice: T) => ComponentChildren;
  readonly onChange: (choice: T | 'all') => void;
  /** The data attribute end-to-end tests find an option by. */
  readonly dataName: string;
}

/** One filter of a list as a row of radio buttons, "all" first. */
export function SegmentedFilter<T extends string>({ label, value, choices, allLabel, render, onChange, dataName }: SegmentedFilterProps<T>) {
  return (
    <div class="segmented" role="radiogroup" aria-label={label}>
      {(['all', ...choices] as const).map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={value === option}
          class={`segmented__option${value === option ? ' segmented__option--on' : ''}`}
          onClick={() => onChange(option)}
          {...{ [dataName]: option }}
        >
          {option === 'all' ? allLabel : render(option)}
        </button>
      ))}
    </div>
  );
}
