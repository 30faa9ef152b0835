import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal';
import { TokenVerifier } from '../auth/token-verifier';
import { LedgerHttpError } from '../http/ledger-http-error';

const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/;

/**
 * SPEC §6: the rate limit counts per (`tid`, `sub`), a global admin per `sub`. A `sub` is only
 * unique within its issuer's tenant: keyed on `sub` alone, tenant B's `admin` spent tenant A's
 * `admin`'s budget (issue 10 #10). JSON keeps the parts apart whatever characters they hold.
 */
export function callerOf(principal: Principal): string {
  return principal.roles.includes('global-admin')
    ? JSON.stringify(['global', principal.subject])
    : JSON.stringify(['tenant', principal.tenantId, principal.subject]);
}

/**
 * Rate limit per caller: the verified token's (`tid`, `sub`) (see callerOf), else the client's IP.
 * It runs before the AccessGuard so that refused requests (bad tokens, foreign tenants) count
 * too — guessing tokens is throttled like anything else. Only a token whose signature verifies
 * names the caller: an attacker cannot spend someone else's budget by writing their `sub` into a
 * forgery.
 */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const fastifyRequest = request as unknown as FastifyRequest;
    const header = fastifyRequest.headers.authorization;
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (token !== undefined) {
      try {
        return Promise.resolve(callerOf(this.verifier.verify(token)));
      } catch {
        // Not a valid token: the AccessGuard answers 401; here the caller is its address.
      }
    }
    return Promise.resolve(`ip:${fastifyRequest.ip}`);
  }

  /** One budget per caller across every route (the library's default keys per route). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  /** SPEC error shape; the library has already set `Retry-After` (seconds) on the reply. */
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw LedgerHttpError.of(
      429,
      'TOO_MANY_REQUESTS',
      `At most ${detail.limit} requests per minute per caller; retry in ${detail.timeToBlockExpire} s`,
    );
  }
}
