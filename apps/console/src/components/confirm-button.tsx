import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface ConfirmButtonProps {
  readonly label: string;
  /** Said before the second click: what will happen, and the safer way if there is one. */
  readonly question: ComponentChildren;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly disabled?: boolean;
  readonly danger?: boolean;
}

/** Two clicks for a change that is hard to undo; an inline question instead of a modal browser dialog. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled = false, danger = false }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={`button ${danger ? 'button--danger-quiet' : 'button--secondary'}`} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group">
      <span class="confirm__question">{question}</span>
      <button
        type="button"
        class={`button ${danger ? 'button--danger' : 'button--primary'}`}
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" class="button button--quiet" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
