import { SetMetadata } from '@nestjs/common';
import type { TenantAccessMode } from './principal';

export const ACCESS_METADATA = 'ledger:access';

export type AccessRequirement =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'tenant'; readonly mode: TenantAccessMode }
  | { readonly kind: 'global-admin' };

/** Liveness, docs and the console's static files: no token needed. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRequirement);

/** Any caller with a valid token, whatever its roles or tenant (SPEC §4: the catalogue). */
export const Authenticated = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRequirement);

/** The route's `:tenantId` must be one the caller may read or write. */
export const TenantAccess = (mode: TenantAccessMode) =>
  SetMetadata(ACCESS_METADATA, { kind: 'tenant', mode } satisfies AccessRequirement);

export const GlobalAdminOnly = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'global-admin' } satisfies AccessRequirement);
