/**
 * The signed-in administrator. The browser only *reads* the token's claims to shape the console
 * (which tenant, which pages); the API verifies the signature on every request.
 */

export type Role = 'tenant-admin' | 'auditor' | 'global-admin';

export interface Session {
  readonly token: string;
  readonly subject: string;
  /** Token `tid`: the tenant of a tenant admin or auditor. */
  readonly tenantId: string | null;
  readonly roles: readonly Role[];
  /** Seconds since the epoch, when the token says. */
  readonly expiresAt: number | null;
}

const STORAGE_KEY = 'ledger-console.token';
const ROLES: readonly Role[] = ['tenant-admin', 'auditor', 'global-admin'];

export class TokenProblem extends Error {
  override readonly name = 'TokenProblem';
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** Reads the claims of a pasted token; says plainly what is wrong with one that cannot be used. */
export function sessionOf(pasted: string): Session {
  const token = pasted.trim().replace(/^Bearer\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === undefined || parts[1] === '') {
    throw new TokenProblem('This is not a JWT: expected three dot-separated parts (header.payload.signature).');
  }
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(decodeBase64Url(parts[1])) as Record<string, unknown>;
  } catch {
    throw new TokenProblem('The token payload is not readable JSON. Paste the whole token as printed.');
  }
  const { sub, tid, roles, exp } = claims;
  if (typeof sub !== 'string' || sub === '') throw new TokenProblem('The token has no subject (sub claim).');
  const knownRoles = Array.isArray(roles) ? roles.filter((role): role is Role => ROLES.includes(role as Role)) : [];
  if (knownRoles.length === 0) {
    throw new TokenProblem(`The token grants none of the ledger's roles (${ROLES.join(', ')}).`);
  }
  const expiresAt = typeof exp === 'number' ? exp : null;
  if (expiresAt !== null && expiresAt * 1000 <= Date.now()) {
    throw new TokenProblem(`The token expired on ${new Date(expiresAt * 1000).toLocaleString()}. Ask for a new one.`);
  }
  return { token, subject: sub, tenantId: typeof tid === 'string' ? tid : null, roles: knownRoles, expiresAt };
}

export function isGlobalAdmin(session: Session): boolean {
  return session.roles.includes('global-admin');
}

/** Auditors read; only tenant and global admins change anything. */
export function mayWrite(session: Session): boolean {
  return session.roles.includes('global-admin') || session.roles.includes('tenant-admin');
}

// sessionStorage, not localStorage: the token lives as long as the tab, not on the disk for good.
export function restoreSession(): Session | null {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (stored === null) return null;
  try {
    return sessionOf(stored);
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session === null) sessionStorage.removeItem(STORAGE_KEY);
  else sessionStorage.setItem(STORAGE_KEY, session.token);
}
