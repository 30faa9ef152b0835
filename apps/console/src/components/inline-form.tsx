import type { ComponentChildren } from 'preact';

interface InlineFormProps {
  readonly submitLabel: string;
  /** The section's main action is primary; the others are secondary. */
  readonly primary?: boolean;
  readonly busy: boolean;
  readonly onSubmit: () => void;
  readonly children: ComponentChildren;
}

/** A one-line form: its fields, then the submit button (disabled while a write is under way). */
export function InlineForm({ submitLabel, primary = false, busy, onSubmit, children }: InlineFormProps) {
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <button type="submit" class={`button ${primary ? 'button--primary' : 'button--secondary'}`} disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
