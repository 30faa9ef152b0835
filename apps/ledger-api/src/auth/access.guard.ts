import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { LedgerHttpError } from '../http/ledger-http-error';
import { ACCESS_METADATA, type AccessRequirement } from './access.decorators';
import { mayAccessTenant, mayUseGlobalOperations, type Principal } from './principal';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

export interface AuthenticatedRequest extends FastifyRequest {
  principal?: Principal;
}

/**
 * Global guard, secure by default: a route without an access declaration is refused.
 * Reads a foreign tenant as 403 whether or not it exists, so nothing leaks.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const requirement = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (requirement === undefined) {
      throw LedgerHttpError.forbidden('This route declares no access rule');
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (requirement.kind === 'public') {
      // A public route answers everyone; one that says more to a global admin (/health, SPEC §6)
      // finds the caller here when a valid token came with the request. A bad token is not refused.
      request.principal = this.principalIfAny(request);
      return true;
    }

    const principal = this.authenticate(request);
    request.principal = principal;
    if (requirement.kind === 'authenticated') return true;

    if (requirement.kind === 'global-admin') {
      if (!mayUseGlobalOperations(principal))
        throw LedgerHttpError.forbidden('Only a global admin may do this');
      return true;
    }
    const tenantId = (request.params as Record<string, string | undefined>).tenantId;
    if (tenantId === undefined || !mayAccessTenant(principal, tenantId, requirement.mode)) {
      throw LedgerHttpError.forbidden(
        requirement.mode === 'write' ? 'You may not change this tenant' : 'You may not read this tenant',
      );
    }
    return true;
  }

  private principalIfAny(request: FastifyRequest): Principal | undefined {
    if (request.headers.authorization === undefined) return undefined;
    try {
      return this.authenticate(request);
    } catch (error) {
      if (error instanceof LedgerHttpError) return undefined;
      throw error;
    }
  }

  private authenticate(request: FastifyRequest): Principal {
    // Node keeps the first of repeated Authorization headers; a proxy may keep the last. Two
    // credentials in one request are ambiguous, so neither is trusted.
    if (authorizationHeaderCount(request) > 1) {
      throw LedgerHttpError.unauthenticated('Send exactly one Authorization header');
    }
    const header = request.headers.authorization;
    if (typeof header !== 'string' || header.length === 0) {
      throw LedgerHttpError.unauthenticated('Authorization: Bearer <token> is required');
    }
    const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/.exec(header);
    if (match === null) throw LedgerHttpError.unauthenticated('Authorization must be "Bearer <JWT>"');
    try {
      return this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw LedgerHttpError.unauthenticated(`Invalid token: ${error.message}`);
      throw error;
    }
  }
}

function authorizationHeaderCount(request: FastifyRequest): number {
  let count = 0;
  const raw = request.raw.rawHeaders;
  for (let index = 0; index < raw.length; index += 2)
    if (raw[index].toLowerCase() === 'authorization') count += 1;
  return count;
}
