import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole, ROLES } from '@ledger/runtime';
import type { Principal } from './principal';

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** Verifies an HS256 bearer token and turns its claims into a Principal. */
@Injectable()
export class TokenVerifier {
  constructor(private readonly jwt: JwtService) {}

  verify(token: string): Principal {
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
    return { subject: sub, tenantId: tid ?? null, roles };
  }
}
