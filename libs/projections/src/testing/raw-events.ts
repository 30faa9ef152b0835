import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@ledger/event-store';
import { isLedgerEventType, schemaVersionOf } from '@ledger/licensing';

/**
 * An event as the service writes it (valid metadata, its own activity), whatever its type and
 * data: tests write events straight into the store with it, bad ones included.
 */
export function rawEvent(
  tenantId: string,
  type: string,
  data: Record<string, string>,
  schemaVersion = isLedgerEventType(type) ? schemaVersionOf(type) : 1,
): EventToAppend {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      tenantId,
      activityId: randomUUID(),
      commandId: randomUUID(),
      actor: 'test',
      correlationId: 'c',
      occurredAt: '2026-01-01T00:00:00.000Z',
      schemaVersion,
    },
  };
}

export const userCreated = (tenantId: string, accountId: string): EventToAppend =>
  rawEvent(tenantId, 'AccountCreated', { accountId, displayName: accountId, kind: 'user' });
