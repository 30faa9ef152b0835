import { historyPagingOf } from './history-paging';

describe('history paging (SPEC §6): each order has its own cursor', () => {
  it('oldest first by default, paged by after', () => {
    expect(historyPagingOf(undefined, undefined, undefined)).toEqual({ order: 'asc' });
    expect(historyPagingOf('asc', 4, undefined)).toEqual({ order: 'asc', after: 4 });
  });

  it('newest first with desc, paged by before', () => {
    expect(historyPagingOf('desc', undefined, undefined)).toEqual({ order: 'desc' });
    expect(historyPagingOf('desc', undefined, 9)).toEqual({ order: 'desc', before: 9 });
  });

  it('a cursor of the other order is refused, naming it', () => {
    expect(historyPagingOf(undefined, undefined, 9)).toMatchObject({ field: 'before' });
    expect(historyPagingOf('asc', undefined, 9)).toMatchObject({ field: 'before' });
    expect(historyPagingOf('desc', 4, undefined)).toMatchObject({ field: 'after' });
  });
});
