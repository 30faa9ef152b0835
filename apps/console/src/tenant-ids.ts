/**
 * What the console checks of a tenant id before it goes into an address or a request (issue 16
 * #4), and which known tenants an unknown one is probably a typo of (#3). SPEC §3: ids match
 * `^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$`.
 */
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
/** A JWT: three base64url parts, the first a JSON object (`eyJ` is `{"` encoded). */
const LOOKS_LIKE_TOKEN = /^(Bearer\s+)?eyJ[\w-]*\.[\w-]+\.[\w-]*$/;

/** A sign-in token pasted where an id was asked for: it must not be kept, nor sent anywhere. */
export const looksLikeToken = (typed: string): boolean => LOOKS_LIKE_TOKEN.test(typed.trim());

/** One plain sentence saying what is wrong with a typed tenant id; null when it is one. */
export function tenantIdProblem(typed: string): string | null {
  const id = typed.trim();
  if (id === '') return 'Type a tenant id, e.g. contoso.';
  if (looksLikeToken(id)) {
    return 'That is a sign-in token, not a tenant id: it was not used, and it is not kept anywhere.';
  }
  if (/[\s/\\]/.test(id)) return 'A tenant id has no spaces or slashes: only letters, digits and . _ @ -.';
  if (id.length > 128) return `A tenant id has at most 128 characters; this one has ${id.length}.`;
  if (!TENANT_ID.test(id)) {
    return 'A tenant id starts with a letter or a digit and holds only letters, digits and . _ @ -.';
  }
  return null;
}

/** Levenshtein distance, stopping early once it is beyond `limit` (the suggestions need no more). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

const MAX_DISTANCE = 2;
const MAX_SUGGESTIONS = 5;

/**
 * The known tenants an unknown id most likely meant: within two edits (a digit dropped, two
 * swapped), or starting with what was typed; closest first, at most five.
 */
export function closeMatches(typed: string, known: readonly string[]): string[] {
  const id = typed.trim().toLowerCase();
  return known
    .map((tenantId) => {
      const candidate = tenantId.toLowerCase();
      const distance = editDistance(id, candidate, MAX_DISTANCE);
      const prefixed = id.length >= 3 && candidate.startsWith(id);
      return { tenantId, rank: distance <= MAX_DISTANCE ? distance : prefixed ? MAX_DISTANCE + 1 : Infinity };
    })
    .filter(({ tenantId, rank }) => rank < Infinity && tenantId !== typed.trim())
    .sort((a, b) => a.rank - b.rank || a.tenantId.localeCompare(b.tenantId))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ tenantId }) => tenantId);
}
