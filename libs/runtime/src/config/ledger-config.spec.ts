import { InvalidConfigError, LEDGER_SETTINGS, parseLedgerConfig } from './ledger-config';

const SECRET = 'a-secret-that-is-long-enough-for-hs256-use';

describe('parseLedgerConfig', () => {
  it('runs on a fresh machine with no settings: embedded store in ./data, port 3000, the current rulebook', () => {
    const config = parseLedgerConfig({});
    expect(config).toMatchObject({
      port: 3000,
      rulebook: 'current',
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
    [{ LEDGER_RULEBOOK: '2021' }, /LEDGER_RULEBOOK must be one of 2019, 2020, current, got "2021"/],
    [{ LEDGER_RULEBOOK: 'current', LEDGER_ALLOCATION_POLICY: 'seed' }, /disagree/],
    [{ LEDGER_PORT: 'eighty' }, /LEDGER_PORT/],
    [{ LEDGER_PORT: '70000' }, /LEDGER_PORT/],
    [{ LEDGER_EVENTSTORE_URL: 'http://localhost:2113' }, /esdb:\/\//],
    [{ LEDGER_RATE_LIMIT_PER_MINUTE: '-1' }, /LEDGER_RATE_LIMIT_PER_MINUTE/],
    [{ LEDGER_RATE_LIMIT_PER_MINUTE: 'lots' }, /LEDGER_RATE_LIMIT_PER_MINUTE/],
    [{ LEDGER_REQUEST_TIMEOUT_MS: '50' }, /LEDGER_REQUEST_TIMEOUT_MS.*at least 100/],
    [{ LEDGER_LOG_LEVEL: 'verbose' }, /LEDGER_LOG_LEVEL.*silent/],
    [{ LEDGER_EXPIRY_INTERVAL_MS: '0' }, /LEDGER_EXPIRY_INTERVAL_MS must be an integer from 100/],
  ])('refuses %j', (env, reason) => {
    expect(() => parseLedgerConfig(env)).toThrow(reason);
  });

  it('selects EventStoreDB by connection string and the per-ten policy by name, as the 2020 rulebook', () => {
    const config = parseLedgerConfig({
      LEDGER_EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
      LEDGER_ALLOCATION_POLICY: 'per-ten',
    });
    expect(config).toMatchObject({
      eventStoreUrl: 'esdb://localhost:2113?tls=false',
      rulebook: '2020',
    });
  });

  it('R9: LEDGER_RULEBOOK names the rulebook; LEDGER_ALLOCATION_POLICY=seed is an alias of 2019', () => {
    expect(parseLedgerConfig({ LEDGER_RULEBOOK: '2019' }).rulebook).toBe('2019');
    expect(parseLedgerConfig({ LEDGER_ALLOCATION_POLICY: 'seed' }).rulebook).toBe('2019');
    expect(parseLedgerConfig({ LEDGER_RULEBOOK: '2020', LEDGER_ALLOCATION_POLICY: 'per-ten' }).rulebook).toBe(
      '2020',
    );
  });

  it('limits: a generous rate limit per caller, 30 s request timeout and info logs by default; 0 turns a limit off', () => {
    expect(parseLedgerConfig({})).toMatchObject({
      rateLimitPerMinute: 120_000,
      requestTimeoutMs: 30_000,
      logLevel: 'info',
    });
    // R13: ended terms are looked for at least once a minute by default.
    expect(parseLedgerConfig({}).expiryIntervalMs).toBe(60_000);
    expect(parseLedgerConfig({ LEDGER_EXPIRY_INTERVAL_MS: '5000' }).expiryIntervalMs).toBe(5_000);
    expect(
      parseLedgerConfig({
        LEDGER_RATE_LIMIT_PER_MINUTE: '0',
        LEDGER_REQUEST_TIMEOUT_MS: '0',
        LEDGER_LOG_LEVEL: 'silent',
      }),
    ).toMatchObject({ rateLimitPerMinute: 0, requestTimeoutMs: 0, logLevel: 'silent' });
  });
});

describe('LEDGER_SETTINGS', () => {
  it('names every variable parseLedgerConfig reads', () => {
    const read = new Set<string>();
    const spy = new Proxy({} as NodeJS.ProcessEnv, {
      get: (_target, name) => {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    });
    parseLedgerConfig(spy);
    expect([...read].sort()).toEqual([...LEDGER_SETTINGS].sort());
  });
});
