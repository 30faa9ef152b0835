import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';

/** AES-256-GCM with a synthetic IV; the two keys are derived from the tenant's key. */
export interface SealingKey {
  readonly encryption: Buffer;
  readonly iv: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealingKeyOf(tenantKey: Buffer): SealingKey {
  return {
    encryption: createHmac('sha256', tenantKey).update('ledger personal data: encryption').digest(),
    iv: createHmac('sha256', tenantKey).update('ledger personal data: iv').digest(),
  };
}

/**
 * `plaintext` sealed for `field` (base64url of IV, ciphertext, tag). The IV is derived from the
 * field and the plaintext (a synthetic IV, as in SIV modes): the same value under the same key
 * seals to the same text, so a retried append or an actor repeated on every event costs one
 * encryption, and two different values never share an IV. The field is authenticated too: a
 * sealed name cannot be moved into another field.
 */
export function seal(key: SealingKey, field: string, plaintext: string): string {
  const iv = createHmac('sha256', key.iv)
    .update(field)
    .update('\0')
    .update(plaintext)
    .digest()
    .subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.encryption, iv);
  cipher.setAAD(Buffer.from(field));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The plaintext of `sealed`, or null when it was not sealed for `field` with this key. */
export function unseal(key: SealingKey, field: string, sealed: string): string | null {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.encryption, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(field));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}
