import { isCanonicalUuid, readUuid, UUID_BYTES, writeUuid } from './uuid-bytes';

/**
 * An id as a column holds it: the 16 bytes of a canonical UUID (every id the ledger makes: event
 * ids, activity ids), else the id as text.
 */
export type CompactId = Buffer | string;

/**
 * 16 bytes instead of 36 characters, in the row and in the (stream, id) index. A blob never equals
 * a text value in SQLite, and a canonical UUID is always stored as a blob, so uniqueness per stream
 * holds exactly as it did for the text.
 */
export function compactIdOf(id: string): CompactId {
  if (!isCanonicalUuid(id)) return id;
  const bytes = Buffer.allocUnsafe(UUID_BYTES);
  writeUuid(id, bytes, 0);
  return bytes;
}

export function idOfCompact(column: CompactId): string {
  return typeof column === 'string' ? column : readUuid(column, 0);
}
