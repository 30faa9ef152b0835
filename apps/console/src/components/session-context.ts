import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api';
import type { Session } from '../session';

export interface SessionContextValue {
  readonly session: Session;
  readonly api: LedgerApi;
  readonly signOut: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in administrator and the API as them; only pages below the sign-in use it. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside a signed-in console');
  return value;
}

export function useSignOut(): () => void {
  return useSession().signOut;
}
