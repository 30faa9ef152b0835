import { createHash, randomUUID } from 'node:crypto';
import { activityIdOf, commandIdOf, deterministicUuid, eventIdOf } from './activity-ids';

describe('activity ids', () => {
  it('an Idempotency-Key gives its tenant one command id: a retry maps to the same activity and event ids', () => {
    const first = commandIdOf('t-1', 'key-1');
    expect(commandIdOf('t-1', 'key-1')).toBe(first);
    expect(commandIdOf('t-2', 'key-1')).not.toBe(first);
    expect(activityIdOf(first)).toBe(activityIdOf(commandIdOf('t-1', 'key-1')));
    expect(eventIdOf(first, 0)).not.toBe(eventIdOf(first, 1));
  });

  it('without a key, every command is new', () => {
    expect(commandIdOf('t-1', undefined)).not.toBe(commandIdOf('t-1', undefined));
  });

  it('ids never change: the same parts give the UUID they gave when the log was written', () => {
    // Computed once with createHash('sha1'): stored event ids depend on it (a retry must map to them).
    expect(activityIdOf('c0ffee00-0000-4000-8000-000000000001')).toBe('b27e7e4e-423f-58c6-9571-6ae579b74816');
    expect(deterministicUuid('activity', 'c0ffee00-0000-4000-8000-000000000001')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('ids never change: every name gives the version-5 UUID of its SHA-1 bytes, as the log was written with', () => {
    // The layout set on the digest's bytes, as the ids in stored logs were made.
    const byBytes = (...parts: string[]): string => {
      const hash = createHash('sha1').update(parts.join('\u0000')).digest();
      hash[6] = (hash[6] & 0x0f) | 0x50;
      hash[8] = (hash[8] & 0x3f) | 0x80;
      const hex = hash.subarray(0, 16).toString('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
    };
    for (let index = 0; index < 2_000; index += 1) {
      const parts = ['event', randomUUID(), String(index % 7), 'Télé ☎'.slice(0, index % 7)];
      expect(deterministicUuid(...parts)).toBe(byBytes(...parts));
    }
  });
});
