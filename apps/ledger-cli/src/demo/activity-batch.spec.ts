import { randomUUID } from 'node:crypto';
import { APPEND_SIZE_BUDGET, appendSizeOf, type EventToAppend } from '@ledger/event-store';
import { ActivityBatch } from './activity-batch';

/** An activity of `events` events of about 315 bytes each, the size of a demo event. */
function anActivity(events: number): EventToAppend[] {
  const activityId = randomUUID();
  return Array.from({ length: events }, () => ({
    id: randomUUID(),
    type: 'LicenseAssigned',
    data: { accountId: `user-${randomUUID()}`, sku: 'PHONE_SYSTEM', note: 'x'.repeat(120) },
    metadata: { activityId, actor: 'demo', occurredAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1 },
  }));
}

/** Feeds the activities through a batch and returns every append it asked for, the rest included. */
function appendsOf(batch: ActivityBatch, activities: readonly EventToAppend[][]): EventToAppend[][] {
  const appends = activities.flatMap((activity) => batch.add(activity));
  const rest = batch.take();
  return rest.length > 0 ? [...appends, rest] : appends;
}

describe('ActivityBatch', () => {
  const activities = Array.from({ length: 2_500 }, (_, index) => anActivity(1 + (index % 3)));
  const ids = (events: readonly EventToAppend[]) => events.map((event) => event.id);

  it('keeps every append within the store budget when --batch-events asks for more than 1 MiB holds', () => {
    const appends = appendsOf(new ActivityBatch(10_000), activities);

    expect(appendSizeOf(activities.flat())).toBeGreaterThan(APPEND_SIZE_BUDGET);
    expect(appends.length).toBeGreaterThan(1);
    for (const events of appends) expect(appendSizeOf(events)).toBeLessThanOrEqual(APPEND_SIZE_BUDGET);
    expect(ids(appends.flat())).toEqual(ids(activities.flat()));
  });

  it('still closes a batch at --batch-events, and never splits an activity', () => {
    const appends = appendsOf(new ActivityBatch(100), activities);

    const starts = new Set(activities.map((activity) => activity[0].id));
    for (const events of appends) {
      expect(events.length).toBeLessThanOrEqual(100 + 2);
      expect(starts.has(events[0].id)).toBe(true);
    }
    expect(ids(appends.flat())).toEqual(ids(activities.flat()));
  });
});
