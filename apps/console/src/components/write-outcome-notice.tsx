import type { WriteOutcome } from '../hooks';
import { shortId } from '../format';
import { ErrorNotice } from './error-notice';
import { useSignOut } from './session-context';

interface WriteOutcomeNoticeProps {
  readonly outcome: WriteOutcome | undefined;
  readonly onDismiss: () => void;
}

/**
 * What became of the last write: saved (with the activity and its events), saved with warnings
 * the administrator must read (SPLIT_SWAP_RISK), or refused with the API's reason.
 */
export function WriteOutcomeNotice({ outcome, onDismiss }: WriteOutcomeNoticeProps) {
  const signOut = useSignOut();
  if (outcome === undefined) return null;
  if (outcome.kind === 'failed') {
    return <ErrorNotice error={outcome.error} action={outcome.summary} onDismiss={onDismiss} onSignInAgain={signOut} />;
  }
  const { answer } = outcome;
  return (
    <div class="notice-stack">
      <div class="notice notice--success" role="status">
        <div class="notice__body">
          <strong class="notice__title">{outcome.summary}: saved</strong>
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
