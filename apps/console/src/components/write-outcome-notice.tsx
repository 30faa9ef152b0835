import { useEffect, useRef } from 'preact/hooks';
import type { WriteOutcome } from '../hooks';
import { shortId } from '../format';
import { ErrorNotice } from './error-notice';
import { useSignOut } from './session-context';

interface WriteOutcomeNoticeProps {
  readonly outcome: WriteOutcome | undefined;
  readonly onDismiss: () => void;
  /** Shows only the outcomes of writes asked for here (`run`'s origin); none: those without one. */
  readonly origin?: string;
}

/**
 * What became of the last write: saved (with the activity and its events), saved with warnings
 * the administrator must read (SPLIT_SWAP_RISK), or refused with the API's reason.
 */
export function WriteOutcomeNotice({ outcome, onDismiss, origin }: WriteOutcomeNoticeProps) {
  const signOut = useSignOut();
  const shown = outcome !== undefined && outcome.origin === origin ? outcome : undefined;
  const stack = useRef<HTMLDivElement>(null);
  // Issue 16 #1: the control was disabled while the write ran, so the keyboard fell to the page;
  // it lands on the result instead, which scrolls into view if it was not.
  useEffect(() => {
    if (shown === undefined) return;
    stack.current?.scrollIntoView({ block: 'nearest' });
    stack.current?.focus({ preventScroll: true });
  }, [shown]);
  if (shown === undefined) return null;
  if (shown.kind === 'failed') {
    return (
      <div class="notice-stack" ref={stack} tabIndex={-1} data-write-outcome>
        <ErrorNotice error={shown.error} action={shown.summary} onDismiss={onDismiss} onSignInAgain={signOut} />
      </div>
    );
  }
  const { answer } = shown;
  return (
    <div class="notice-stack" ref={stack} tabIndex={-1} data-write-outcome>
      <div class="notice notice--success" role="status">
        <div class="notice__body">
          <strong class="notice__title">{shown.summary}: saved</strong>
          <p class="notice__meta">
            {answer.activityId === null ? 'Nothing changed' : <>Activity <code title={answer.activityId}>{shortId(answer.activityId)}</code></>}
            {' · '}revision {answer.revision}
            {answer.events.length > 0 && <> · {answer.events.join(', ')}</>}
          </p>
        </div>
        <div class="notice__actions">
          <button type="button" class="button button--quiet" onClick={onDismiss} aria-label="Dismiss">
            ✕
          </button>
        </div>
      </div>
      {answer.warnings.map((warning, index) => (
        <div class="notice notice--warning" role="alert" key={index} data-warning-code={warning.code}>
          <div class="notice__body">
            <strong class="notice__title">
              Warning <code>{warning.code}</code>
              {warning.accountId === undefined ? null : <> on {warning.accountId}</>}
            </strong>
            <p class="notice__message">{warning.message}</p>
          </div>
        </div>
      ))}
    </div>
  );
}
