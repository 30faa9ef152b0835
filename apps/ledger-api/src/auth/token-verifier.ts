import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole, ROLES } from '@ledger/runtime';
import type { Principal } from './principal';

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** Tokens remembered as verified; past this many, the oldest remembered is forgotten first. */
export const MAX_REMEMBERED_TOKENS = 10_000;

interface Verified {
  readonly principal: Principal;
  /** `exp` in milliseconds: jsonwebtoken refuses a token once now (in whole seconds) reaches `exp`. */
  readonly expiresAtMs: number;
}

/**
 * Verifies an HS256 bearer token and turns its claims into a Principal.
 *
 * A token that verified is remembered, by its whole text (signature included, so another text is
 * another entry), until its `exp`: a client sends the same token on every request, and verifying
 * it (the HMAC, the JSON of the header and claims, jsonwebtoken's checks) was about 6 % of the
 * CPU of a write, done twice (the rate limit names the caller, then the access guard checks it).
 * Only successes are remembered: a refused token is verified again each time, and refused again.
 */
@Injectable()
export class TokenVerifier {
  private readonly verified = new Map<string, Verified>();

  constructor(private readonly jwt: JwtService) {}

  verify(token: string): Principal {
    const remembered = this.verified.get(token);
    if (remembered !== undefined) {
      if (Date.now() < remembered.expiresAtMs) return remembered.principal;
      this.verified.delete(token);
    }
    const verified = this.verifyNow(token);
    if (this.verified.size >= MAX_REMEMBERED_TOKENS) {
      // Maps iterate in insertion order: the first key is the oldest remembered.
      this.verified.delete(this.verified.keys().next().value as string);
    }
    this.verified.set(token, verified);
    return verified.principal;
  }

  private verifyNow(token: string): Verified {
    let claims: Record<string, unknown>;
    try {
      // Only HS256: refuses `alg: none` and algorithm-confusion tokens.
      claims = this.jwt.verify<Record<string, unknown>>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    const { sub, tid, roles, exp } = claims;
    // SPEC §6: a token without `exp` would never expire (jsonwebtoken checks `exp` only when present).
    if (typeof exp !== 'number' || !Number.isFinite(exp)) {
      throw new InvalidTokenError('token has no exp claim: every token must expire');
    }
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 256) {
      throw new InvalidTokenError('token has no usable sub claim');
    }
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
      throw new InvalidTokenError(`token roles must be a non-empty subset of ${ROLES.join(', ')}`);
    }
    if (tid !== undefined && typeof tid !== 'string') {
      throw new InvalidTokenError('token tid claim must be a string');
    }
    const tenantRoles = roles.some((role) => role !== 'global-admin');
    if (tenantRoles && tid === undefined) {
      throw new InvalidTokenError('tenant roles need a tid claim');
    }
    return { principal: { subject: sub, tenantId: tid ?? null, roles }, expiresAtMs: exp * 1000 };
  }
}
