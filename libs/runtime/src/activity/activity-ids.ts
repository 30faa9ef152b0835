import * as crypto from 'node:crypto';
import { randomUUID } from 'node:crypto';

/**
 * Every id a write mints, in one place. A command's id is new, or (with an Idempotency-Key) a
 * function of the key; its activity and event ids are functions of the command id, so a command
 * retried with the same id produces the same event ids and the store appends nothing twice.
 */

/**
 * SHA-1 of a text, as hex. `crypto.hash` (Node 20.12+) makes no Hash object, and its hex answer
 * costs half its Buffer answer: an import mints three ids per activity, and these were a tenth of a
 * 100,000-record audit replay (issue 15). The same digest either way.
 */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'hex')
    : (text) => crypto.createHash('sha1').update(text).digest('hex');

/** The RFC 4122 variant bits over a hex digit's value: `(n & 0x3) | 0x8`, indexed by n. */
const VARIANT_DIGIT = '89ab89ab89ab89ab';

/**
 * A name-based UUID (RFC 4122 version 5 layout over SHA-1): the digest's first 16 bytes with the
 * version nibble set to 5 and the variant bits to 10, written on its hex digits.
 */
export function deterministicUuid(...parts: readonly string[]): string {
  const hex = sha1Hex(parts.join('\u0000'));
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-` +
    `${VARIANT_DIGIT[parseInt(hex[16], 16)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  );
}

/** The id of a write's command: with an Idempotency-Key a function of it, so a retry maps to the same ids. */
export function commandIdOf(tenantId: string, idempotencyKey: string | undefined): string {
  return idempotencyKey === undefined ? randomUUID() : deterministicUuid('command', tenantId, idempotencyKey);
}

/** The id of the licence activity (R5) a command records. */
export function activityIdOf(commandId: string): string {
  return deterministicUuid('activity', commandId);
}

/** The store id of the `index`th event of a command's activity. */
export function eventIdOf(commandId: string, index: number): string {
  return deterministicUuid('event', commandId, String(index));
}

/** A purchase's id (SPEC §3: the API names each purchase it records). */
export function newPurchaseId(): string {
  return randomUUID();
}
