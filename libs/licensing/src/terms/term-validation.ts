import { refuse, type DomainError } from '../decider/domain-error';
import { instantOf } from './instants';

/**
 * R13: `endsAt` must be an ISO-8601 instant after `now`, the instant of the decision; the
 * refusal names the field (`field`: where the command carries it), which the API answers with 400.
 */
export function invalidEndsAt(endsAt: unknown, now: unknown, field = 'endsAt'): DomainError | undefined {
  const nowMs = instantOf(now);
  if (Number.isNaN(nowMs)) {
    return refuse('INVALID_COMMAND', 'A term needs the instant of the decision (now) as ISO-8601.', {
      field: 'now',
    });
  }
  const endsAtMs = instantOf(endsAt);
  if (Number.isNaN(endsAtMs)) {
    return refuse('INVALID_COMMAND', 'endsAt must be an ISO-8601 instant.', { field, endsAt });
  }
  if (endsAtMs <= nowMs) {
    return refuse(
      'INVALID_COMMAND',
      `endsAt must be in the future (after ${String(now)}), not ${String(endsAt)}.`,
      {
        field,
        endsAt,
        now,
      },
    );
  }
  return undefined;
}
