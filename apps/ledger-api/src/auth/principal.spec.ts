import { mayAccessTenant, mayUseGlobalOperations, type Principal } from './principal';

const principal = (roles: Principal['roles'], tenantId: string | null = 'own'): Principal => ({
  subject: 's',
  tenantId,
  roles,
});

describe('tenant access (SPEC §3)', () => {
  it.each([
    ['tenant-admin', 'own', 'read', true],
    ['tenant-admin', 'own', 'write', true],
    ['tenant-admin', 'foreign', 'read', false],
    ['tenant-admin', 'foreign', 'write', false],
    ['auditor', 'own', 'read', true],
    ['auditor', 'own', 'write', false],
    ['auditor', 'foreign', 'read', false],
    ['global-admin', 'foreign', 'write', true],
  ] as const)('%s on %s tenant, %s → %s', (role, tenant, mode, allowed) => {
    expect(mayAccessTenant(principal([role]), tenant, mode)).toBe(allowed);
  });

  it('only a global admin uses reports and admin operations', () => {
    expect(mayUseGlobalOperations(principal(['global-admin'], null))).toBe(true);
    expect(mayUseGlobalOperations(principal(['tenant-admin', 'auditor']))).toBe(false);
  });
});
