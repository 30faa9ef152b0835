import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '@ledger/runtime';

/**
 * Paths pino blanks out wherever they appear in a log object. The request line never logs
 * headers, but an error object or a config dump might carry one: a token or the secret must
 * never reach a log, whoever writes the line.
 */
const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  '*.authorization',
  'token',
  '*.token',
  'jwtSecret',
  '*.jwtSecret',
  'secret',
  '*.secret',
];

/** The service's one structured logger (JSON lines on stdout unless a destination is given). */
export function createLedgerLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ledger-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** Nest's start-up chatter ("Mapped {/v1/...} route"): useful when debugging, noise otherwise. */
const BOOTSTRAP_CONTEXTS: ReadonlySet<string> = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

function textOf(message: unknown): string {
  if (typeof message === 'string') return message;
  if (message instanceof Error) return message.message;
  return JSON.stringify(message) ?? String(message);
}

/** Nest's own logging (Logger in handlers, the framework) into the same pino stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    if (context !== undefined && BOOTSTRAP_CONTEXTS.has(context))
      this.logger.debug({ context }, textOf(message));
    else this.logger.info({ context }, textOf(message));
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    // Nest passes (message, stack, context) or (message, context).
    if (context === undefined) this.logger.error({ context: stackOrContext }, textOf(message));
    else this.logger.error({ context, stack: stackOrContext }, textOf(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, textOf(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, textOf(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, textOf(message));
  }
  fatal(message: unknown, context?: string): void {
    this.logger.fatal({ context }, textOf(message));
  }
}
