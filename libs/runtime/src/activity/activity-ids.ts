import * as crypto from 'node:crypto';
import { randomUUID } from 'node:crypto';

/**
 * Every id a write mints, in one place. A command's id is new, or (with an Idempotency-Key) a
 * function of the key; its activity and event ids are functions of the command id, so a command
 * retried with the same id produces the same event ids and the store appends nothing twice.
 */

/**
 * SHA-1 of a text. `crypto.hash` (Node 20.12+) makes no Hash object: an import mints three ids per
 * activity, and this was a tenth of a 100,000-record audit replay (issue 15). The same digest.
 */
const sha1: (text: string) => Buffer =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'buffer')
    : (text) => crypto.createHash('sha1').update(text).digest();

/** A name-based UUID (RFC 4122 version 5 layout over SHA-1). */
export function deterministicUuid(...parts: readonly string[]): string {
  const hash = sha1(parts.join('\u0000'));
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
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
