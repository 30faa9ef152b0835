import { FixedWindowThrottlerStorage } from './fixed-window-storage';

describe('FixedWindowThrottlerStorage', () => {
  it('counts a caller’s requests in its window, blocks past the limit, and starts over in the next window', async () => {
    let now = 1_000_000;
    const storage = new FixedWindowThrottlerStorage(() => now);
    const hit = () => storage.increment('alice', 60_000, 3, 0, 'default');
    for (let index = 1; index <= 3; index += 1)
      expect(await hit()).toMatchObject({ totalHits: index, isBlocked: false });
    now += 15_000;
    expect(await hit()).toEqual({ totalHits: 4, timeToExpire: 45, isBlocked: true, timeToBlockExpire: 45 });
    expect(await storage.increment('bob', 60_000, 3, 0, 'default')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
    now += 45_000;
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps one counter per caller however many hits its window holds, and forgets idle callers', async () => {
    let now = 0;
    const storage = new FixedWindowThrottlerStorage(() => now);
    let last;
    for (let index = 0; index < 120_000; index += 1)
      last = await storage.increment('busy', 60_000, 120_000, 0, 'default');
    // The library's default storage kept one timestamp per hit and filtered them all on every request;
    // this one keeps a single window record per caller (its speed is measured in bench, not here).
    expect(last).toMatchObject({ totalHits: 120_000, isBlocked: false });
    expect(storage.size).toBe(1);
    for (let index = 0; index < 100; index += 1)
      await storage.increment(`caller-${index}`, 60_000, 10, 0, 'default');
    expect(storage.size).toBe(101);
    now += 120_000;
    await storage.increment('late', 60_000, 10, 0, 'default');
    expect(storage.size).toBe(1);
  });
});
