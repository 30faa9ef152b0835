import type { EventToAppend, JsonObject } from '@ledger/event-store';
import { ERASED, PERSONAL_METADATA_FIELDS, withPersonalDataErased } from '@ledger/licensing';

/**
 * How a stored event carries its sealed fields. The metadata says which of its fields are sealed,
 * and with which key, so a reader never has to guess from a value (a display name may look like
 * anything).
 */
export const SEALED = 'sealed';
export interface SealedFields {
  readonly keyId: string;
  /** `data.<field>` or `metadata.<field>`. */
  readonly paths: readonly string[];
}

export function sealedFieldsOf(metadata: JsonObject): SealedFields | null {
  const sealed = metadata[SEALED];
  if (sealed === null || typeof sealed !== 'object' || Array.isArray(sealed)) return null;
  const { keyId, paths } = sealed as JsonObject;
  if (typeof keyId !== 'string' || !Array.isArray(paths)) return null;
  return { keyId, paths: paths.filter((path): path is string => typeof path === 'string') };
}

export function splitPath(path: string): readonly ['data' | 'metadata', string] | readonly [null, string] {
  const dot = path.indexOf('.');
  const part = path.slice(0, dot);
  const field = path.slice(dot + 1);
  return part === 'data' || part === 'metadata' ? [part, field] : [null, field];
}

/** The event with every personal field read as erased, and no seal left (nothing personal remains in it). */
export function erasedEvent<E extends EventToAppend>(event: E): E {
  const metadata: Record<string, unknown> = { ...event.metadata };
  delete metadata[SEALED];
  for (const field of PERSONAL_METADATA_FIELDS) if (field in metadata) metadata[field] = ERASED;
  return { ...event, data: withPersonalDataErased(event.type, event.data), metadata: metadata as JsonObject };
}
