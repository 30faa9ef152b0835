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

/** The keys that move a radio group's choice (WAI-ARIA radio group pattern), as a step or an end. */
const MOVES: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowRight: (index, last) => (index === last ? 0 : index + 1),
  ArrowDown: (index, last) => (index === last ? 0 : index + 1),
  ArrowLeft: (index, last) => (index === 0 ? last : index - 1),
  ArrowUp: (index, last) => (index === 0 ? last : index - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * One filter of a list as a row of radio buttons, "all" first. Issue 16 #7: a radio group is one
 * tab stop (the checked option) and the arrow keys move the choice, as its role promises.
 */
export function SegmentedFilter<T extends string>({ label, value, choices, allLabel, render, onChange, dataName }: SegmentedFilterProps<T>) {
  const options = ['all', ...choices] as const;
  return (
    <div
      class="segmented"
      role="radiogroup"
      aria-label={label}
      onKeyDown={(event) => {
        const move = MOVES[event.key];
        if (move === undefined) return;
        event.preventDefault();
        const next = options[move(options.indexOf(value), options.length - 1)];
        if (next === undefined) return;
        onChange(next);
        event.currentTarget.querySelector<HTMLElement>(`[${dataName}="${next}"]`)?.focus();
      }}
    >
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={value === option}
          tabIndex={value === option ? 0 : -1}
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
