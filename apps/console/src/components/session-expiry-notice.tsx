import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../format';
import { useSession } from './session-context';

/** How long before the token's `exp` the admin is told: time to fetch a new token calmly. */
const WARN_BEFORE_MS = 10 * 60 * 1000;
const TICK_MS = 15 * 1000;

/**
 * Issue 16 #6: the token's expiry (its `exp` claim) is known at sign-in; the admin is told before
 * it comes instead of meeting a 401 mid-task, and signing in again comes back to this page.
 */
export function SessionExpiryNotice() {
  const { session, signOut } = useSession();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  if (session.expiresAt === null) return null;
  const endsAt = session.expiresAt * 1000;
  const remaining = endsAt - now;
  if (remaining > WARN_BEFORE_MS) return null;
  const ended = remaining <= 0;
  const minutes = Math.max(1, Math.ceil(remaining / 60_000));
  return (
    <div class={`notice ${ended ? 'notice--error' : 'notice--warning'}`} role={ended ? 'alert' : 'status'} data-session-expiry>
      <div class="notice__body">
        <strong class="notice__title">
          {ended ? 'Your sign-in has ended' : `Your sign-in ends in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}`}
        </strong>
        <p class="notice__message">
          {ended ? 'The API no longer accepts your token.' : `Your token expires at ${formatDateTime(new Date(endsAt).toISOString())}.`} Sign in
          again with a new token: you will come back to this page.
        </p>
      </div>
      <div class="notice__actions">
        <button type="button" class="button button--primary" onClick={signOut}>
          Sign in again
        </button>
      </div>
    </div>
  );
}
