import { InvalidArgumentError } from 'commander';
import {
  isDisplayName,
  isE164PhoneNumber,
  isLedgerEventType,
  isLedgerId,
  LEDGER_EVENT_TYPES,
  type LedgerEventType,
} from '@ledger/licensing';

/**
 * Parsers for option values. Each throws commander's InvalidArgumentError, which commander turns
 * into one line naming the option; the CLI exits 2.
 */

export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = /^[0-9][0-9_]*$/.test(value) ? Number(value.replaceAll('_', '')) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(
        `expected a whole number from ${min} to ${max.toLocaleString('en-US')}.`,
      );
    }
    return number;
  };
}

/**
 * An ISO-8601 instant, returned in the canonical UTC form stored events carry (so it compares as
 * text). A date alone means its midnight UTC; a time needs `Z` or an offset, never the local zone.
 */
export function isoInstant(value: string): string {
  const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
  const time = Date.parse(value);
  if (!shape.test(value) || Number.isNaN(time)) {
    throw new InvalidArgumentError('expected an ISO-8601 instant, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.');
  }
  return new Date(time).toISOString();
}

/** SPEC §3 id format, for tenant and account ids. */
export function ledgerId(value: string): string {
  if (!isLedgerId(value)) {
    throw new InvalidArgumentError(
      'expected an id of letters, digits and . _ @ - (at most 128, starting with a letter or digit).',
    );
  }
  return value;
}

export function eventType(value: string): LedgerEventType {
  if (!isLedgerEventType(value)) {
    throw new InvalidArgumentError(`expected one of ${LEDGER_EVENT_TYPES.join(', ')}.`);
  }
  return value;
}

const DURATION_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };
const MAX_DURATION_SECONDS = 366 * 86_400;

/** `90s`, `30m`, `12h`, `7d` (or plain seconds) → seconds, at most a year. */
export function durationSeconds(value: string): number {
  const match = /^([1-9][0-9]{0,8})([smhd]?)$/.exec(value);
  const seconds = match === null ? Number.NaN : Number(match[1]) * DURATION_UNITS[match[2] || 's'];
  if (!(seconds > 0 && seconds <= MAX_DURATION_SECONDS)) {
    throw new InvalidArgumentError('expected a duration such as 90s, 30m, 12h or 7d, at most 366d.');
  }
  return seconds;
}

/** A position in the log (`projections retry <position>`): digits, 64-bit. */
export function logPosition(value: string): bigint {
  if (!/^\d{1,20}$/.test(value) || BigInt(value) >= 2n ** 64n) {
    throw new InvalidArgumentError(
      'expected a log position: a whole number, as `projections status` prints it.',
    );
  }
  return BigInt(value);
}

/** SPEC §3: a phone number in E.164, a `+` and 8 to 15 digits. */
export function phoneNumber(value: string): string {
  if (!isE164PhoneNumber(value))
    throw new InvalidArgumentError('expected an E.164 number: + and 8 to 15 digits.');
  return value;
}

/** A display name: not blank. */
export function displayName(value: string): string {
  if (!isDisplayName(value)) throw new InvalidArgumentError('expected a name that is not blank.');
  return value;
}

/** A purchase id, as a purchase answered it: a UUID (the API refuses anything else). */
export function purchaseId(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new InvalidArgumentError('expected a purchase id (a UUID), as `purchase` printed it.');
  }
  return value;
}
