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
  const jwt = new JwtService({ secret });
  const claims: Record<string, unknown> = { sub: request.subject, roles: request.roles };
  if (request.tenantId !== undefined) claims.tid = request.tenantId;
  return jwt.sign(claims, { algorithm: 'HS256', expiresIn: request.expiresInSeconds });
}
