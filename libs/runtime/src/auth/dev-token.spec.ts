import { JwtService } from '@nestjs/jwt';
import { signDevToken } from './dev-token';

const SECRET = 'unit-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

describe('development tokens (SPEC §6: every token carries exp)', () => {
  it('carries sub, roles, tid and an exp that many seconds after iat', () => {
    const token = signDevToken(SECRET, {
      subject: 'ops',
      roles: ['tenant-admin'],
      tenantId: 't1',
      expiresInSeconds: 90,
    });
    const claims = new JwtService({ secret: SECRET }).verify<Record<string, unknown>>(token);
    expect(claims).toMatchObject({ sub: 'ops', roles: ['tenant-admin'], tid: 't1' });
    expect(typeof claims.exp).toBe('number');
    expect((claims.exp as number) - (claims.iat as number)).toBe(90);
  });

  it.each([0, -60, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses to mint a token with the lifetime %p (it would never expire, or already has)',
    (expiresInSeconds) => {
      expect(() =>
        signDevToken(SECRET, { subject: 'ops', roles: ['global-admin'], expiresInSeconds }),
      ).toThrow(/positive whole number of seconds/);
    },
  );
});
