import { InvalidConfigError, parseLedgerConfig } from './ledger-config';

const SECRET = 'a-secret-that-is-long-enough-for-hs256-use';

describe('parseLedgerConfig', () => {
  it('runs on a fresh machine with no settings: embedded store in ./data, port 3000, seed policy', () => {
    const config = parseLedgerConfig({});
    expect(config).toMatchObject({
      port: 3000,
      allocationPolicy: 'seed',
      eventStoreUrl: null,
      jwtSecret: null,
      production: false,
    });
    expect(config.dataDir.endsWith('data')).toBe(true);
  });

  it('production refuses to start without a JWT secret, with a one-line reason', () => {
    expect(() => parseLedgerConfig({ NODE_ENV: 'production' })).toThrow(
      new InvalidConfigError('LEDGER_JWT_SECRET is required when NODE_ENV=production'),
    );
    expect(parseLedgerConfig({ NODE_ENV: 'production', LEDGER_JWT_SECRET: SECRET }).production).toBe(true);
  });

  it.each([
    [{ LEDGER_JWT_SECRET: 'short' }, /at least 32/],
    [{ LEDGER_ALLOCATION_POLICY: 'generous' }, /seed.*per-ten/],
    [{ LEDGER_PORT: 'eighty' }, /LEDGER_PORT/],
    [{ LEDGER_PORT: '70000' }, /LEDGER_PORT/],
    [{ LEDGER_EVENTSTORE_URL: 'http://localhost:2113' }, /esdb:\/\//],
  ])('refuses %j', (env, reason) => {
    expect(() => parseLedgerConfig(env)).toThrow(reason);
  });

  it('selects EventStoreDB by connection string and the per-ten policy by name', () => {
    const config = parseLedgerConfig({
      LEDGER_EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
      LEDGER_ALLOCATION_POLICY: 'per-ten',
    });
    expect(config).toMatchObject({
      eventStoreUrl: 'esdb://localhost:2113?tls=false',
      allocationPolicy: 'per-ten',
    });
  });
});
