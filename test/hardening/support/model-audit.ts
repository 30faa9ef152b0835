import type { RecordedEvent } from '@ledger/event-store';
import { decodeLedgerEvent } from '@ledger/licensing';
import { type Exchange, succeeded } from './model-exchanges';
import { sameRequest, type WriteRequest } from './model-writes';

function describe(exchange: Exchange): string {
  const { request, instance, key } = exchange;
  const body = request.body === undefined ? '' : ` ${JSON.stringify(request.body)}`;
  const answer =
    exchange.answer === 'aborted'
      ? 'aborted'
      : `${exchange.answer.status} ${JSON.stringify(exchange.answer.body)}`;
  return `${request.method} ${request.path}${body} on instance ${instance}${key === null ? '' : ` key ${key}`} → ${answer}`;
}

/** The facts of the request the log's events of an activity must carry (its purchase, its account). */
function requestMismatch(
  request: WriteRequest,
  events: readonly RecordedEvent[],
  purchaseId?: string,
): string | null {
  const data = events.map((event) => event.data as Record<string, unknown>);
  const expected = request.expected;
  if ('quantity' in expected) {
    const purchase = events.findIndex((event) => event.type === 'LicensePurchased');
    if (purchase < 0) return 'no LicensePurchased in the log for this purchase';
    const { sku, quantity } = data[purchase];
    if (sku !== expected.sku || quantity !== expected.quantity)
      return `the log purchased ${String(quantity)} ${String(sku)}, the request ${expected.quantity} ${expected.sku}`;
    if (data[purchase].purchaseId !== purchaseId)
      return `the log's purchaseId is ${String(data[purchase].purchaseId)}, the answer's ${String(purchaseId)}`;
    return null;
  }
  if ('erasure' in expected) {
    return events.every((event) => event.type === 'PersonalDataErased')
      ? null
      : `an erasure's activity holds ${events.map((event) => event.type).join(', ')}`;
  }
  if ('purchaseId' in expected) {
    return data.some((fields) => fields.purchaseId === expected.purchaseId)
      ? null
      : `the log cancelled another purchase than ${expected.purchaseId}`;
  }
  const other = data.find((fields) => fields.accountId !== expected.accountId);
  return other === undefined
    ? null
    : `the log's events are about ${String(other.accountId)}, not ${expected.accountId}`;
}

/**
 * What every answer claimed, checked against the log of the tenant (SPEC §3 and R5):
 * - each 2xx answer's activity is in the log exactly once, as one block ending at the answer's
 *   revision, with the answer's event types, about the request's own facts (purchase, account);
 * - no answer is a 5xx; 422 IDEMPOTENCY_KEY_REUSED only for a key reused with another body;
 * - the answers for one key agree, and no key has more than one activity in the log.
 */
export function answerViolations(exchanges: readonly Exchange[], log: readonly RecordedEvent[]): string[] {
  const violations: string[] = [];
  const byActivity = new Map<string, RecordedEvent[]>();
  const activitiesOfKey = new Map<string, Set<string>>();
  for (const event of log) {
    const { metadata } = decodeLedgerEvent(event);
    byActivity.set(metadata.activityId, [...(byActivity.get(metadata.activityId) ?? []), event]);
    const key = (metadata as { idempotencyKey?: string }).idempotencyKey;
    if (key !== undefined)
      activitiesOfKey.set(key, (activitiesOfKey.get(key) ?? new Set()).add(metadata.activityId));
  }
  for (const [activityId, events] of byActivity) {
    const revisions = events.map((event) => Number(event.revision));
    if (revisions.some((revision, index) => index > 0 && revision !== revisions[index - 1] + 1))
      violations.push(`log: activity ${activityId} is not one block (revisions ${revisions.join()})`);
  }
  for (const [key, activities] of activitiesOfKey)
    if (activities.size > 1) violations.push(`log: key ${key} has ${activities.size} activities`);

  for (const exchange of exchanges) {
    if (exchange.answer === 'aborted') continue;
    const { status, body } = exchange.answer;
    if (status >= 500) violations.push(`server error: ${describe(exchange)}`);
    if (!succeeded(exchange) || typeof body.activityId !== 'string') continue;
    const events = byActivity.get(body.activityId) ?? [];
    const claimed = {
      revision: body.revision,
      events: body.events,
      about: null as string | null,
    };
    const found = {
      revision: events.length === 0 ? 'absent' : Number(events[events.length - 1].revision),
      events: events.map((event) => event.type),
      about: events.length === 0 ? null : requestMismatch(exchange.request, events, body.purchaseId),
    };
    if (JSON.stringify(claimed) !== JSON.stringify(found))
      violations.push(`answer ≠ log: ${describe(exchange)}; the log holds ${JSON.stringify(found)}`);
  }

  const byKey = new Map<string, Exchange[]>();
  for (const exchange of exchanges)
    if (exchange.key !== null) byKey.set(exchange.key, [...(byKey.get(exchange.key) ?? []), exchange]);
  for (const [key, sent] of byKey) {
    // A write that changed nothing (an erasure with nothing new to erase) appended nothing: like a
    // refusal, it left no trace to bind its key to (docs/api.md, Idempotency-Key).
    const accepted = sent
      .filter(succeeded)
      .filter((exchange) => (exchange.answer.body.events ?? []).length > 0);
    const first = accepted[0];
    for (const other of accepted.slice(1)) {
      const [a, b] = [first.answer.body, other.answer.body];
      if (
        !sameRequest(first.request, other.request) ||
        JSON.stringify([a.activityId, a.revision, a.events, a.purchaseId]) !==
          JSON.stringify([b.activityId, b.revision, b.events, b.purchaseId])
      )
        violations.push(`key ${key}: answers disagree: ${describe(first)} | ${describe(other)}`);
    }
    for (const exchange of sent) {
      if (exchange.answer === 'aborted' || exchange.answer.body.error !== 'IDEMPOTENCY_KEY_REUSED') continue;
      // Refused as reused: there must be another body under this key (the accepted one, when known).
      const differs = (accepted.length > 0 ? accepted : sent).some(
        (other) => !sameRequest(other.request, exchange.request),
      );
      if (!differs) violations.push(`key ${key}: 422 for the same body: ${describe(exchange)}`);
    }
  }
  return violations;
}
