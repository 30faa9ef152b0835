import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { LedgerHttpError } from '../http/ledger-http-error';
import type { AuthenticatedRequest } from './access.guard';
import type { Principal } from './principal';

/** The caller the AccessGuard authenticated on `request`. */
export function principalOf(request: AuthenticatedRequest): Principal {
  const principal = request.principal;
  if (principal === undefined) throw LedgerHttpError.unauthenticated('No authenticated caller');
  return principal;
}

/** The caller the AccessGuard authenticated. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
