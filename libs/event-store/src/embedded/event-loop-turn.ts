/**
 * Resolves on the next turn of the event loop, after the I/O and timers already due.
 *
 * better-sqlite3 is synchronous: a read that fetches page after page without this holds the one
 * event loop every tenant shares (issue 10, finding 5: a 30,000-event rebuild held it 628 ms).
 * setImmediate, not a resolved promise: microtasks run before I/O, so awaiting one yields nothing.
 */
export function nextTurnOfEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
