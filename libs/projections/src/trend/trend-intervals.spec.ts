import { nextIntervalEnd, trendInstants, trendRefusal } from './trend-intervals';

const ms = (text: string) => Date.parse(text);
const iso = (value: number) => new Date(value).toISOString();

describe('trend intervals (SPEC §6): calendar intervals in UTC', () => {
  it('a day ends at the next midnight UTC, even from a midnight', () => {
    expect(iso(nextIntervalEnd(ms('2026-03-05T13:20:00Z'), 'day'))).toBe('2026-03-06T00:00:00.000Z');
    expect(iso(nextIntervalEnd(ms('2026-03-05T00:00:00Z'), 'day'))).toBe('2026-03-06T00:00:00.000Z');
  });

  it('a week is an ISO week: it ends on Monday at midnight UTC', () => {
    // 2026-01-01 is a Thursday; 2026-01-05 a Monday.
    expect(iso(nextIntervalEnd(ms('2026-01-01T10:00:00Z'), 'week'))).toBe('2026-01-05T00:00:00.000Z');
    expect(iso(nextIntervalEnd(ms('2026-01-04T23:59:59Z'), 'week'))).toBe('2026-01-05T00:00:00.000Z');
    expect(iso(nextIntervalEnd(ms('2026-01-05T00:00:00Z'), 'week'))).toBe('2026-01-12T00:00:00.000Z');
  });

  it('a month ends on the first of the next month at midnight UTC, across a year end and in February', () => {
    expect(iso(nextIntervalEnd(ms('2026-12-31T23:00:00Z'), 'month'))).toBe('2027-01-01T00:00:00.000Z');
    expect(iso(nextIntervalEnd(ms('2028-02-29T12:00:00Z'), 'month'))).toBe('2028-03-01T00:00:00.000Z');
  });

  it('points are the interval ends after from and before to, then to itself; an end at to is one point', () => {
    expect(
      trendInstants({ from: '2026-01-01T10:00:00.000Z', to: '2026-01-03T00:00:00.000Z', interval: 'day' }),
    ).toEqual(['2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z']);
    expect(
      trendInstants({ from: '2026-01-15T00:00:00.000Z', to: '2026-03-10T12:00:00.000Z', interval: 'month' }),
    ).toEqual(['2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-03-10T12:00:00.000Z']);
    expect(
      trendInstants({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', interval: 'week' }),
    ).toEqual(['2026-01-01T00:00:00.000Z']);
  });

  it('refuses from after to, to beyond the forecast window and more than 1,000 points, naming the field', () => {
    const now = '2026-06-01T00:00:00.000Z';
    expect(
      trendRefusal(
        { from: '2026-02-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', interval: 'day' },
        now,
      ),
    ).toMatchObject({ field: 'from' });
    expect(
      trendRefusal(
        { from: '2026-01-01T00:00:00.000Z', to: '2027-06-03T00:00:00.000Z', interval: 'month' },
        now,
      ),
    ).toMatchObject({ field: 'to' });
    // 366 days ahead is the last forecast accepted (R13, as asOf).
    expect(
      trendRefusal(
        { from: '2026-01-01T00:00:00.000Z', to: '2027-06-02T00:00:00.000Z', interval: 'month' },
        now,
      ),
    ).toBeUndefined();
    // 2023-01-01 … 2026-01-01 by day: 1,096 points.
    expect(
      trendRefusal(
        { from: '2023-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', interval: 'day' },
        now,
      ),
    ).toMatchObject({ field: 'interval' });
    // Exactly 1,000 points: accepted.
    const from = '2023-01-01T00:00:00.000Z';
    const to = iso(ms(from) + 1000 * 86_400_000);
    expect(trendInstants({ from, to, interval: 'day' })).toHaveLength(1000);
    expect(trendRefusal({ from, to, interval: 'day' }, now)).toBeUndefined();
  });
});
