import type { JsonObject } from '@ledger/event-store';

/**
 * Issue 18 (bytes on disk): an event's data as a history row keeps it, without the `accountId` that
 * the row's `account_id` column already holds (three events in four name an account: about 12
 * bytes each). Only a leading `accountId` is left out, so `dataAsRecorded` puts it back exactly
 * where it was: the entry reads as the event was recorded, key order included.
 */
export function dataAsStored(data: JsonObject, accountId: string | null): JsonObject {
  if (accountId === null || Object.keys(data)[0] !== 'accountId' || data.accountId !== accountId) return data;
  const { accountId: _inTheColumn, ...rest } = data;
  return rest;
}

/** The event's data from a history row: `dataAsStored` undone. */
export function dataAsRecorded(stored: JsonObject, accountId: string | null): JsonObject {
  if (accountId === null || 'accountId' in stored) return stored;
  return { accountId, ...stored };
}
