import { fieldProblemsOf, titleOf, type ApiError } from '../api/api-error';

interface ErrorNoticeProps {
  readonly error: ApiError;
  /** What the administrator tried, e.g. "Buy 5 Virtual User seats". */
  readonly action?: string;
  readonly onDismiss?: () => void;
  readonly onSignInAgain?: () => void;
  /** Asks again (a read's `reload`): offered when the API did not answer or was unavailable. */
  readonly onRetry?: () => void;
}

/** An API error in words: a title from its code, the API's own message, the fields at fault. */
export function ErrorNotice({ error, action, onDismiss, onSignInAgain, onRetry }: ErrorNoticeProps) {
  const fields = fieldProblemsOf(error.details);
  return (
    <div class="notice notice--error" role="alert" data-error-code={error.code}>
      <div class="notice__body">
        <strong class="notice__title">
          {action === undefined ? '' : `${action}: `}
          {titleOf(error)}
        </strong>
        <p class="notice__message">{error.message}</p>
        {fields.length > 0 && (
          <ul class="notice__fields">
            {fields.map((field) => (
              <li key={field.field}>
                <code>{field.field}</code> {field.problems.join('; ')}
              </li>
            ))}
          </ul>
        )}
        <p class="notice__meta">
          {error.status === 0 ? 'No answer' : `HTTP ${error.status}`} · <code>{error.code}</code>
          {error.request === undefined ? null : <> · {error.request}</>}
        </p>
      </div>
      <div class="notice__actions">
        {/* Issue 16 #6: after an outage, one click instead of a stale error until a reload. */}
        {error.retryable && onRetry !== undefined && (
          <button type="button" class="button button--primary" onClick={onRetry}>
            Retry
          </button>
        )}
        {error.unauthenticated && onSignInAgain !== undefined && (
          <button type="button" class="button button--primary" onClick={onSignInAgain}>
            Sign in again
          </button>
        )}
        {onDismiss !== undefined && (
          <button type="button" class="button button--quiet" onClick={onDismiss} aria-label="Dismiss">
            ✕
          </button>
        )}
      </div>
    </div>
  );
}
