import { JwtService } from '@nestjs/jwt';
import type { Role } from './roles';

export interface DevTokenRequest {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly tenantId?: string;
  readonly expiresInSeconds: number;
}

/** Signs a token with the service's own secret: for development and the CLI, never for production users. */
export function signDevToken(secret: string, request: DevTokenRequest): string {
  // The API refuses tokens without `exp` (SPEC §6): every token minted here expires.
  if (!Number.isSafeInteger(request.expiresInSeconds) || request.expiresInSeconds <= 0) {
    throw new RangeError(
      `a token lifetime must be a positive whole number of seconds, got ${request.expiresInSeconds}`,
    );
  }
  const jwt = new JwtService({ secret });
  const claims: Record<string, unknown> = { sub: request.subject, roles: request.roles };
  if (request.tenantId !== undefined) claims.tid = request.tenantId;
  return jwt.sign(claims, { algorithm: 'HS256', expiresIn: request.expiresInSeconds });
}
