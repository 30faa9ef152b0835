import { createHmac } from 'node:crypto';

/** The secret every benchmarked app is configured with (never a real one). */
export const BENCH_JWT_SECRET = 'bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

/** A tenant admin's HS256 token, signed with node:crypto as a client would (SPEC §3 claims). */
export function tenantAdminToken(tenantId: string, secret = BENCH_JWT_SECRET): string {
  const now = Math.floor(Date.now() / 1000);
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(
    JSON.stringify({
      sub: `admin@${tenantId}`,
      tid: tenantId,
      roles: ['tenant-admin'],
      iat: now,
      exp: now + 3600,
    }),
  ).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

export function globalAdminToken(secret = BENCH_JWT_SECRET): string {
  const now = Math.floor(Date.now() / 1000);
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(
    JSON.stringify({ sub: 'bench-global', roles: ['global-admin'], iat: now, exp: now + 3600 }),
  ).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
