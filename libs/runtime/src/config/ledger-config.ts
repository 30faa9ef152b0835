import * as path from 'node:path';
import {
  DEFAULT_RULEBOOK,
  isAllocationPolicy,
  isRulebook,
  RULEBOOKS,
  rulebookOfPolicy,
  type Rulebook,
} from '@ledger/licensing';

/** Every setting of the service, validated once at start-up. */
/** The default upload limit: 16 MiB. */
export const UPLOAD_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export interface LedgerConfig {
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Absent outside production: a generated secret is kept in the data dir (see dev-jwt-secret.ts). */
  readonly jwtSecret: string | null;
  /** R9: the rulebook a tenant adopts with its first write (`LEDGER_RULEBOOK`, or its alias `LEDGER_ALLOCATION_POLICY`). */
  readonly rulebook: Rulebook;
  /** Set: EventStoreDB is the store. Unset: the embedded SQLite file in `dataDir`. */
  readonly eventStoreUrl: string | null;
  /**
   * SPEC §5: the keyring of the tenants' personal-data keys, kept outside the log
   * (`LEDGER_KEYRING_FILE`; default `keyring.sqlite` in `dataDir`). Every instance on one log
   * must open the same keyring.
   */
  readonly keyringFile: string;
  /** Largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number;
  /**
   * Largest body of an upload route (a tenant export to reconcile, issue 15), in bytes: the
   * rest of the API keeps `bodyLimitBytes`.
   */
  readonly uploadBodyLimitBytes: number;
  /** Requests per caller (token `tid` and `sub`, a global admin by `sub`; else client IP) per minute; 0 turns it off. */
  readonly rateLimitPerMinute: number;
  /** How long a request may take to be handled (and, separately, to be received); 0 turns the limit off. */
  readonly requestTimeoutMs: number;
  /** pino level of the service's structured logs. */
  readonly logLevel: LogLevel;
  /** R13: the longest wait between two looks for subscription terms that have ended. */
  readonly expiryIntervalMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** Every environment variable the service reads (docs/operations.md "Settings"; docker-compose.yml sets some). */
export const LEDGER_SETTINGS = [
  'NODE_ENV',
  'LEDGER_PORT',
  'LEDGER_HOST',
  'LEDGER_DATA_DIR',
  'LEDGER_JWT_SECRET',
  'LEDGER_RULEBOOK',
  'LEDGER_ALLOCATION_POLICY',
  'LEDGER_EVENTSTORE_URL',
  'LEDGER_KEYRING_FILE',
  'LEDGER_BODY_LIMIT_BYTES',
  'LEDGER_UPLOAD_BODY_LIMIT_BYTES',
  'LEDGER_RATE_LIMIT_PER_MINUTE',
  'LEDGER_REQUEST_TIMEOUT_MS',
  'LEDGER_LOG_LEVEL',
  'LEDGER_EXPIRY_INTERVAL_MS',
] as const;

/** The keyring's file name in LEDGER_DATA_DIR when LEDGER_KEYRING_FILE is not set. */
export const KEYRING_FILE = 'keyring.sqlite';

export class InvalidConfigError extends Error {
  override readonly name = 'InvalidConfigError';
}

const MIN_JWT_SECRET_LENGTH = 32;

function integerSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** 0 (off) or at least 100 ms: a smaller limit would time out every request, which is a typo, not a choice. */
function requestTimeoutSetting(env: NodeJS.ProcessEnv): number {
  const value = integerSetting(env, 'LEDGER_REQUEST_TIMEOUT_MS', 30_000, 0, 3_600_000);
  if (value !== 0 && value < 100) {
    throw new InvalidConfigError(`LEDGER_REQUEST_TIMEOUT_MS must be 0 (off) or at least 100, got "${value}"`);
  }
  return value;
}

/**
 * Reads the environment. Throws InvalidConfigError with a one-line reason: the service
 * refuses to start on a bad setting rather than run half-configured.
 */
export function parseLedgerConfig(env: NodeJS.ProcessEnv): LedgerConfig {
  const production = env.NODE_ENV === 'production';

  const jwtSecret =
    env.LEDGER_JWT_SECRET === undefined || env.LEDGER_JWT_SECRET === '' ? null : env.LEDGER_JWT_SECRET;
  if (production && jwtSecret === null) {
    throw new InvalidConfigError('LEDGER_JWT_SECRET is required when NODE_ENV=production');
  }
  if (jwtSecret !== null && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    throw new InvalidConfigError(`LEDGER_JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
  }

  const rulebook = rulebookSetting(env);

  const eventStoreUrl =
    env.LEDGER_EVENTSTORE_URL === undefined || env.LEDGER_EVENTSTORE_URL === ''
      ? null
      : env.LEDGER_EVENTSTORE_URL;
  if (eventStoreUrl !== null && !/^esdb(\+discover)?:\/\//.test(eventStoreUrl)) {
    throw new InvalidConfigError('LEDGER_EVENTSTORE_URL must be an esdb:// connection string');
  }

  const logLevel =
    env.LEDGER_LOG_LEVEL === undefined || env.LEDGER_LOG_LEVEL === '' ? 'info' : env.LEDGER_LOG_LEVEL;
  if (!isLogLevel(logLevel)) {
    throw new InvalidConfigError(
      `LEDGER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`,
    );
  }

  const dataDir = path.resolve(env.LEDGER_DATA_DIR ?? 'data');
  return {
    production,
    port: integerSetting(env, 'LEDGER_PORT', 3000, 0, 65535),
    host: env.LEDGER_HOST ?? '0.0.0.0',
    dataDir,
    jwtSecret,
    rulebook,
    eventStoreUrl,
    keyringFile:
      env.LEDGER_KEYRING_FILE === undefined || env.LEDGER_KEYRING_FILE === ''
        ? path.join(dataDir, KEYRING_FILE)
        : path.resolve(env.LEDGER_KEYRING_FILE),
    bodyLimitBytes: integerSetting(env, 'LEDGER_BODY_LIMIT_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024),
    // A 10,000-user export as the README's commands write it (indented JSON) is a 7.4 MiB body: twice that.
    uploadBodyLimitBytes: integerSetting(
      env,
      'LEDGER_UPLOAD_BODY_LIMIT_BYTES',
      UPLOAD_BODY_LIMIT_BYTES,
      1024,
      256 * 1024 * 1024,
    ),
    // Generous by default: it stops a runaway client loop, not a busy integration or a benchmark.
    rateLimitPerMinute: integerSetting(env, 'LEDGER_RATE_LIMIT_PER_MINUTE', 120_000, 0, 100_000_000),
    requestTimeoutMs: requestTimeoutSetting(env),
    logLevel,
    // R13: a term's end is met within this, or sooner when the next end is known to come first.
    expiryIntervalMs: integerSetting(env, 'LEDGER_EXPIRY_INTERVAL_MS', 60_000, 100, 86_400_000),
  };
}

/**
 * R9: `LEDGER_RULEBOOK` (2019, 2020, current; default current); `LEDGER_ALLOCATION_POLICY=seed|per-ten`
 * keeps working as an alias of 2019|2020. Both set must agree.
 */
function rulebookSetting(env: Readonly<Record<string, string | undefined>>): Rulebook {
  const named = env.LEDGER_RULEBOOK === '' ? undefined : env.LEDGER_RULEBOOK;
  const policy = env.LEDGER_ALLOCATION_POLICY === '' ? undefined : env.LEDGER_ALLOCATION_POLICY;
  if (named !== undefined && !isRulebook(named)) {
    throw new InvalidConfigError(`LEDGER_RULEBOOK must be one of ${RULEBOOKS.join(', ')}, got "${named}"`);
  }
  if (policy !== undefined && !isAllocationPolicy(policy)) {
    throw new InvalidConfigError(`LEDGER_ALLOCATION_POLICY must be "seed" or "per-ten", got "${policy}"`);
  }
  const aliased = policy === undefined ? undefined : rulebookOfPolicy(policy);
  if (named !== undefined && aliased !== undefined && named !== aliased) {
    throw new InvalidConfigError(
      `LEDGER_RULEBOOK=${named} and LEDGER_ALLOCATION_POLICY=${String(policy)} (rulebook ${aliased}) disagree; set one`,
    );
  }
  return named ?? aliased ?? DEFAULT_RULEBOOK;
}
