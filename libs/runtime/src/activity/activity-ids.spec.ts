import { activityIdOf, commandIdOf, eventIdOf } from './activity-ids';

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
});
