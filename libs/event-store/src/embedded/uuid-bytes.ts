/**
 * A canonical UUID (lowercase hex, 8-4-4-4-12) as its 16 bytes and back. Only the canonical form
 * is converted: any other spelling would not read back as written, so it stays text.
 */
export const UUID_BYTES = 16;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

const DASH = 0x2d;

/**
 * 8-4-4-4-12 lowercase hex. A loop over the character codes, not a regular expression: every text
 * of 36 characters of every event appended is asked (a regular expression was 2.5 % of an audit
 * replay's CPU, issue 15).
 */
export function isCanonicalUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i += 1) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== DASH) return false;
    } else if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) {
      return false;
    }
  }
  return true;
}

/** Writes the 16 bytes of a canonical UUID (checked by the caller) at `offset`. */
export function writeUuid(uuid: string, target: Uint8Array, offset: number): void {
  let at = offset;
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i += 1;
    target[at++] = (hexValue(uuid.charCodeAt(i)) << 4) | hexValue(uuid.charCodeAt(i + 1));
  }
}

export function readUuid(source: Uint8Array, offset: number): string {
  const h = (i: number): string => HEX[source[offset + i]];
  return (
    h(0) +
    h(1) +
    h(2) +
    h(3) +
    '-' +
    h(4) +
    h(5) +
    '-' +
    h(6) +
    h(7) +
    '-' +
    h(8) +
    h(9) +
    '-' +
    h(10) +
    h(11) +
    h(12) +
    h(13) +
    h(14) +
    h(15)
  );
}

function hexValue(code: number): number {
  // '0'..'9' then 'a'..'f' (canonical UUIDs are lowercase).
  return code <= 57 ? code - 48 : code - 87;
}
