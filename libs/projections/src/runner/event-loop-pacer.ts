/**
 * The event loop is shared by every tenant (ENGINEERING.md "Reliability"): a long replay must let
 * timers and requests run between its steps. A pacer counts units of work (an event folded, a
 * tenant looked up) and says when enough were done since the last pause; the caller then awaits
 * `yieldToEventLoop`. Counting work rather than time keeps the pauses deterministic (and
 * testable); the unit is small enough that a slice stays far under ~50 ms on this hardware
 * (see the event-loop rows of `npm run bench`).
 */
export class EventLoopPacer {
  private done = 0;

  constructor(private readonly unitsPerSlice = 500) {}

  /** Counts `units` of work; true when the caller should yield now. */
  tick(units = 1): boolean {
    this.done += units;
    if (this.done < this.unitsPerSlice) return false;
    this.done = 0;
    return true;
  }
}

/** Lets every timer and I/O callback that is due run, then resumes (a macrotask, not a microtask). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
