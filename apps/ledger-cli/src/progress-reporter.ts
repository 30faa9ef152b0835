import type { Writable } from 'node:stream';
import { isTty } from './cli-io';
import { count } from './number-format';

export interface ProgressReporter {
  /** `done` items so far; `fraction` of the whole (0..1) when known. */
  update(done: number, fraction: number | null): void;
  /** Ends the bar's line (TTY); the command prints its own final stats. */
  finish(): void;
}

export interface ProgressOptions {
  /** What is counted, e.g. `events`. */
  readonly unit: string;
  /** Nothing is shown before this much time has passed: short runs stay quiet. */
  readonly quietForMs?: number;
  /** Between two lines when stderr is not a terminal (a log file, CI). */
  readonly lineIntervalMs?: number;
  readonly clock?: () => number;
}

const BAR_WIDTH = 28;
const REDRAW_MS = 100;

/**
 * Progress on stderr: on a terminal, one line redrawn in place with a bar, the rate and the time
 * left; otherwise a plain line every few seconds, so logs stay readable.
 */
export function progressReporter(
  stream: Writable,
  label: string,
  options: ProgressOptions,
): ProgressReporter {
  const clock = options.clock ?? (() => performance.now());
  const tty = isTty(stream);
  const started = clock();
  const quietUntil = started + (options.quietForMs ?? 0);
  const interval = tty ? REDRAW_MS : (options.lineIntervalMs ?? 5_000);
  let nextAt = Math.max(quietUntil, started + interval);
  let drawn = false;

  const describe = (done: number, fraction: number | null, now: number): string => {
    const elapsed = Math.max(now - started, 1);
    const rate = (done * 1000) / elapsed;
    const parts = [`${count(done)} ${options.unit}`, `${count(rate)} ${options.unit}/s`];
    if (fraction !== null && fraction > 0) {
      const clamped = Math.min(1, fraction);
      const left = (elapsed * (1 - clamped)) / clamped / 1000;
      parts.unshift(`${(clamped * 100).toFixed(1)}%`);
      if (clamped < 1) parts.push(`${Math.ceil(left)} s left`);
    }
    return parts.join(' · ');
  };

  return {
    update(done, fraction) {
      const now = clock();
      if (now < nextAt) return;
      nextAt = now + interval;
      if (!tty) {
        stream.write(`${label}: ${describe(done, fraction, now)}\n`);
        return;
      }
      const filled = fraction === null ? 0 : Math.round(Math.min(1, fraction) * BAR_WIDTH);
      const bar = fraction === null ? '' : `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] `;
      // \r back to the start, \x1b[K clears what a longer previous line left behind.
      stream.write(`\r${label} ${bar}${describe(done, fraction, now)}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (tty && drawn) stream.write('\n');
    },
  };
}
