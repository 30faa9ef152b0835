import {
  cursorOpening,
  historyParamsOf,
  historyPositionOf,
  historyQueryOf,
  pageCount,
} from '../../apps/console/src/pages/history-location';

describe('console: the history page’s place in the address (issue 16 #2)', () => {
  it('a plain address is the newest page, 50 a page', () => {
    expect(historyPositionOf(new URLSearchParams())).toEqual({
      filters: { accountId: '', type: '', from: '', to: '', limit: 50, order: 'desc' },
      cursor: undefined,
      page: 1,
    });
  });

  it('a position goes into the address and comes back the same', () => {
    const position = historyPositionOf(
      new URLSearchParams('account=aa-1&type=LicenseSwapped&limit=10&order=asc&cursor=41&page=5'),
    );
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(historyParamsOf(position)))
      if (value !== undefined) params.set(key, value);
    expect(historyPositionOf(params)).toEqual(position);
    expect(position).toMatchObject({ cursor: 41, page: 5, filters: { order: 'asc', limit: 10 } });
  });

  it('what the address cannot back is read as the plain value, never sent on', () => {
    expect(
      historyPositionOf(new URLSearchParams('type=Nonsense&limit=7&order=sideways&cursor=-3&page=9')),
    ).toEqual(historyPositionOf(new URLSearchParams()));
    // A page number without its cursor is page 1.
    expect(historyPositionOf(new URLSearchParams('page=4')).page).toBe(1);
  });

  it('each order sends its own cursor (SPEC §6), and a page opens one past its first entry', () => {
    const { filters } = historyPositionOf(new URLSearchParams());
    expect(historyQueryOf(filters, 30)).toMatchObject({ order: 'desc', before: 30, limit: 50 });
    expect(historyQueryOf({ ...filters, order: 'asc' }, 30)).toMatchObject({ order: 'asc', after: 30 });
    expect(cursorOpening('desc', 40)).toBe(41);
    expect(cursorOpening('asc', 40)).toBe(39);
    expect([pageCount(0, 10), pageCount(61, 10), pageCount(60, 10)]).toEqual([1, 7, 6]);
  });
});
