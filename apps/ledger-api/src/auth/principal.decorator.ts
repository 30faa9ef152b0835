import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { LedgerHttpError } from '../http/ledger-http-error';
import type { AuthenticatedRequest } from './access.guard';
import type { Principal } from './principal';

/** The caller the AccessGuard authenticated. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (principal === undefined) throw LedgerHttpError.unauthenticated('No authenticated caller');
  return principal;
});
