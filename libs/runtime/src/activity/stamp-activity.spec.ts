import type { LedgerEvent } from '@ledger/licensing';
import { stampActivity } from './stamp-activity';

const EVENTS: LedgerEvent[] = [
  {
    type: 'AccountCreated',
    data: { accountId: 'aa-1', displayName: 'Main line', kind: 'resource', resourceType: 'auto-attendant' },
  },
  { type: 'LicenseAssigned', data: { accountId: 'aa-1', sku: 'PHONE_SYSTEM_VIRTUAL_USER' } },
];
const STAMP = {
  tenantId: 't1',
  commandId: 'cmd-1',
  actor: 'admin@t1',
  correlationId: 'corr-1',
  occurredAt: new Date('2026-01-02T03:04:05.678Z'),
};

describe('stampActivity', () => {
  it('gives every event of the activity the SPEC §2 metadata, in the order the API has always written it', () => {
    const { activityId, events } = stampActivity(EVENTS, STAMP);
    expect(events.map((event) => event.type)).toEqual(['AccountCreated', 'LicenseAssigned']);
    for (const event of events) {
      expect(Object.entries(event.metadata)).toEqual([
        ['tenantId', 't1'],
        ['activityId', activityId],
        ['commandId', 'cmd-1'],
        ['actor', 'admin@t1'],
        ['correlationId', 'corr-1'],
        ['occurredAt', '2026-01-02T03:04:05.678Z'],
        ['schemaVersion', 1],
      ]);
    }
  });

  it('derives the activity id and the event ids from the command id: a retried command appends nothing twice', () => {
    const first = stampActivity(EVENTS, STAMP);
    const again = stampActivity(EVENTS, { ...STAMP, occurredAt: new Date() });
    const other = stampActivity(EVENTS, { ...STAMP, commandId: 'cmd-2' });
    expect(again.activityId).toBe(first.activityId);
    expect(again.events.map((event) => event.id)).toEqual(first.events.map((event) => event.id));
    expect(new Set([...first.events, ...other.events].map((event) => event.id)).size).toBe(4);
  });

  it('records the idempotency key and request hash when the write carried one', () => {
    const { events } = stampActivity(EVENTS, { ...STAMP, idempotency: { key: 'k-1', requestHash: 'h-1' } });
    expect(events[0].metadata).toMatchObject({ idempotencyKey: 'k-1', requestHash: 'h-1' });
  });
});
