import { JwtService } from '@nestjs/jwt';
import { signDevToken } from '@ledger/runtime';
import { jwtModuleOptions } from './jwt-options';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

const SECRET = 'token-verifier-spec-secret-0123456789';

function verifier(): TokenVerifier {
  return new TokenVerifier(new JwtService(jwtModuleOptions(SECRET)));
}

function tenantAdminToken(expiresInSeconds: number, secret = SECRET): string {
  return signDevToken(secret, {
    subject: 'admin',
    tenantId: 't1',
    roles: ['tenant-admin'],
    expiresInSeconds,
  });
}

describe('TokenVerifier: a verified token is remembered until its exp, and only then', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('given a token verified once, when it is sent again before its exp, then it names the same caller', () => {
    const tokens = verifier();
    const token = tenantAdminToken(60);
    const first = tokens.verify(token);
    jest.setSystemTime(new Date('2026-01-01T00:00:59Z'));
    expect(tokens.verify(token)).toEqual(first);
    expect(first).toEqual({ subject: 'admin', tenantId: 't1', roles: ['tenant-admin'] });
  });

  it('given a token verified once, when its exp has passed, then it is refused (SPEC §6: every token expires)', () => {
    const tokens = verifier();
    const token = tenantAdminToken(60);
    tokens.verify(token);
    jest.setSystemTime(new Date('2026-01-01T00:01:00Z'));
    expect(() => tokens.verify(token)).toThrow(InvalidTokenError);
  });

  it('given a token verified once, when the same claims come with another signature, then they are refused', () => {
    const tokens = verifier();
    const token = tenantAdminToken(60);
    tokens.verify(token);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${tenantAdminToken(60, 'another-secret-0123456789').split('.')[2]}`;
    expect(() => tokens.verify(forged)).toThrow(InvalidTokenError);
  });

  it('given a refused token, when it is sent again, then it is refused again', () => {
    const tokens = verifier();
    const foreign = tenantAdminToken(60, 'another-secret-0123456789');
    expect(() => tokens.verify(foreign)).toThrow(InvalidTokenError);
    expect(() => tokens.verify(foreign)).toThrow(InvalidTokenError);
  });
});
