import { createHmac } from 'node:crypto';

/** The secret the end-to-end apps are configured with. */
export const TEST_JWT_SECRET = 'e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * Signs tokens independently of the service (plain HS256 over node:crypto), so the tests
 * check the token contract of SPEC §3 rather than reuse the code under test.
 */
export function signToken(
  claims: Record<string, unknown>,
  options: { secret?: string; alg?: string; expiresInSeconds?: number } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: options.alg ?? 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ iat: now, exp: now + (options.expiresInSeconds ?? 3600), ...claims }),
  );
  if (options.alg === 'none') return `${header}.${payload}.`;
  const signature = createHmac('sha256', options.secret ?? TEST_JWT_SECRET)
    .update(`${header}.${payload}`)
    .digest('base64url');
  return `${header}.${payload}.${signature}`;
}

export const tokens = {
  globalAdmin: () => signToken({ sub: 'global-1', roles: ['global-admin'] }),
  tenantAdmin: (tenantId: string) =>
    signToken({ sub: `admin@${tenantId}`, tid: tenantId, roles: ['tenant-admin'] }),
  auditor: (tenantId: string) => signToken({ sub: `auditor@${tenantId}`, tid: tenantId, roles: ['auditor'] }),
};
