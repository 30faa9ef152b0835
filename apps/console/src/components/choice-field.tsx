interface ChoiceFieldProps<T extends string> {
  readonly label: string;
  /** The form field's name (end-to-end tests find the select by it). */
  readonly name: string;
  readonly value: T;
  readonly choices: readonly T[];
  readonly nameOf: (choice: T) => string;
  readonly onChange: (choice: T) => void;
}

/** A labelled select among a fixed list of values, each shown by its name. */
export function ChoiceField<T extends string>({ label, name, value, choices, nameOf, onChange }: ChoiceFieldProps<T>) {
  return (
    <label>
      <span>{label}</span>
      {/* The select offers only `choices`, so its value is one of them. */}
      <select name={name} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {nameOf(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
