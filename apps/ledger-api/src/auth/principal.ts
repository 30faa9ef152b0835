import type { Role } from '@ledger/runtime';

/** The authenticated caller, from a verified token. */
export interface Principal {
  /** Token `sub`: recorded as the actor of every event it writes. */
  readonly subject: string;
  /** Token `tid`: the caller's own tenant (tenant roles). */
  readonly tenantId: string | null;
  readonly roles: readonly Role[];
}

export type TenantAccessMode = 'read' | 'write';

/**
 * SPEC §3: a tenant admin reads and writes its own tenant, an auditor reads its own tenant,
 * a global admin reads and writes every tenant. Anything else is refused.
 */
export function mayAccessTenant(principal: Principal, tenantId: string, mode: TenantAccessMode): boolean {
  if (principal.roles.includes('global-admin')) return true;
  if (principal.tenantId !== tenantId) return false;
  if (principal.roles.includes('tenant-admin')) return true;
  return mode === 'read' && principal.roles.includes('auditor');
}

/** Reports and admin operations span tenants: global admins only (SPEC §3). */
export function mayUseGlobalOperations(principal: Principal): boolean {
  return principal.roles.includes('global-admin');
}
