import { useState } from 'preact/hooks';
import { sessionOf, TokenProblem, type Session } from '../session';

interface SignInPageProps {
  readonly onSignedIn: (session: Session) => void;
  /** Why the administrator is here again, e.g. after a 401. */
  readonly reason?: string | undefined;
}

/** Sign-in by pasting a bearer token (the API prints a development one when it starts). */
export function SignInPage({ onSignedIn, reason }: SignInPageProps) {
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  return (
    <main class="sign-in">
      <form
        class="sign-in__card"
        aria-label="Sign in"
        onSubmit={(event) => {
          event.preventDefault();
          try {
            onSignedIn(sessionOf(pasted));
          } catch (error) {
            setProblem(error instanceof TokenProblem ? error.message : String(error));
          }
        }}
      >
        <div class="brand brand--large">
          <span class="brand__mark" aria-hidden="true">L</span>
          <span>
            <span class="brand__name">Licensing ledger</span>
            <span class="brand__product">Admin console</span>
          </span>
        </div>
        <h1>Sign in</h1>
        <p class="muted">
          Paste an access token (JWT). In development, the API prints one when it starts:
          <code> npm start</code> → “Development token”.
        </p>
        {reason !== undefined && (
          <div class="notice notice--warning" role="status">
            <div class="notice__body">
              <p class="notice__message">{reason}</p>
            </div>
          </div>
        )}
        <label class="field">
          <span>Access token</span>
          <textarea
            name="token"
            rows={5}
            spellcheck={false}
            autocomplete="off"
            placeholder="eyJhbGciOiJIUzI1NiIs…"
            value={pasted}
            onInput={(event) => {
              setPasted(event.currentTarget.value);
              setProblem(undefined);
            }}
          />
        </label>
        {problem !== undefined && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="button button--primary button--wide" disabled={pasted.trim() === ''}>
          Sign in
        </button>
        <p class="sign-in__note">The token stays in this browser tab only and is sent to this API alone.</p>
      </form>
    </main>
  );
}
