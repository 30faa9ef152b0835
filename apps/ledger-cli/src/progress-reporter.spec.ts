import { Writable } from 'node:stream';
import { progressReporter } from './progress-reporter';

function capture(tty: boolean): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  Object.assign(stream, { isTTY: tty });
  return { stream, text: () => text };
}

describe('progressReporter', () => {
  it('off a terminal: a plain line every interval, with the share done and the rate', () => {
    let now = 0;
    const out = capture(false);
    const progress = progressReporter(out.stream, 'replay', {
      unit: 'events',
      lineIntervalMs: 5_000,
      clock: () => now,
    });
    now = 1_000;
    progress.update(10_000, 0.1);
    now = 5_000;
    progress.update(50_000, 0.5);
    now = 6_000;
    progress.update(60_000, 0.6);
    progress.finish();
    expect(out.text()).toBe('replay: 50.0% · 50,000 events · 10,000 events/s · 5 s left\n');
  });

  it('on a terminal: one line redrawn in place with a bar, ended by finish', () => {
    let now = 0;
    const out = capture(true);
    const progress = progressReporter(out.stream, 'demo', { unit: 'events', clock: () => now });
    now = 200;
    progress.update(1_000, 0.25);
    now = 400;
    progress.update(4_000, 1);
    progress.finish();
    expect(out.text()).toBe(
      '\rdemo [#######.....................] 25.0% · 1,000 events · 5,000 events/s · 1 s left\x1b[K' +
        '\rdemo [############################] 100.0% · 4,000 events · 10,000 events/s\x1b[K\n',
    );
  });

  it('stays quiet for short runs', () => {
    let now = 0;
    const out = capture(true);
    const progress = progressReporter(out.stream, 'catching up', {
      unit: 'events',
      quietForMs: 1_000,
      clock: () => now,
    });
    now = 500;
    progress.update(100, null);
    progress.finish();
    expect(out.text()).toBe('');
  });
});
