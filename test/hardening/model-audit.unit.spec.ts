import type { RecordedEvent } from '@ledger/event-store';
import { licensePurchasedV1ToV2, type LedgerEvent } from '@ledger/licensing';
import { commandIdOf, stampActivity } from '@ledger/runtime';
import { answerViolations } from './support/model-audit';
import type { Exchange } from './support/model-exchanges';
import { requestOf } from './support/model-writes';

/**
 * The model test's judge, on hand-made logs and answers: the races of the two-instance test do
 * not happen alike twice, so what the judge catches is pinned here, with finding 1's own story.
 */
const TENANT = 't1';
const KEY = 'key-1';
const purchaseOf = (quantity: number, purchaseId: string): LedgerEvent => ({
  type: 'LicensePurchased',
  data: licensePurchasedV1ToV2({
    purchaseId,
    sku: 'PHONE_SYSTEM',
    quantity,
    unitPrice: 0,
    currency: 'EUR',
    policy: 'seed',
    allocationAfter: 24 + quantity,
  }),
});

/** The log after instance A recorded a purchase of 1 seat under KEY (revision 0). */
function logOfOneSeat(): { log: RecordedEvent[]; activityId: string } {
  const { activityId, events } = stampActivity([purchaseOf(1, 'p-a')], {
    tenantId: TENANT,
    commandId: commandIdOf(TENANT, KEY),
    actor: 'admin',
    correlationId: 'c1',
    occurredAt: new Date(Date.UTC(2026, 0, 1)),
    idempotency: { key: KEY, requestHash: 'h' },
  });
  const log = events.map((event, index) => ({
    ...event,
    streamName: `licensing-tenant-${TENANT}`,
    revision: BigInt(index),
    position: BigInt(index + 1),
    recordedAt: new Date(),
  }));
  return { log, activityId };
}

const ofOne = requestOf({ kind: 'purchase', sku: 'PHONE_SYSTEM', quantity: 1 }, []);
const ofHundred = requestOf({ kind: 'purchase', sku: 'PHONE_SYSTEM', quantity: 100 }, []);

function exchange(request: Exchange['request'], instance: 0 | 1, status: number, body: object): Exchange {
  return { request, instance, key: KEY, answer: { status, body } };
}

describe('The two-instance model judge (answers against the log)', () => {
  const { log, activityId } = logOfOneSeat();
  const answerA = exchange(ofOne, 0, 201, {
    activityId,
    revision: 0,
    events: ['LicensePurchased'],
    purchaseId: 'p-a',
  });

  it('accepts an answer that is the log, a replay of it on the other instance, and a 422 for another body', () => {
    const replay = exchange(ofOne, 1, 201, {
      activityId,
      revision: 0,
      events: ['LicensePurchased'],
      purchaseId: 'p-a',
    });
    const reused = exchange(ofHundred, 1, 422, { error: 'IDEMPOTENCY_KEY_REUSED' });
    expect(answerViolations([answerA, replay, reused], log)).toEqual([]);
  });

  it('finding 1: B answers its own purchase of 100 with A’s activity — two lies and a disagreement', () => {
    const answerB = exchange(ofHundred, 1, 201, {
      activityId,
      revision: 0,
      events: ['LicensePurchased'],
      purchaseId: 'p-b',
    });
    expect(answerViolations([answerA, answerB], log)).toEqual([
      expect.stringMatching(
        /^answer ≠ log: .*"quantity":100.*the log purchased 1 PHONE_SYSTEM, the request 100/,
      ),
      expect.stringMatching(/^key key-1: answers disagree/),
    ]);
  });

  it('finding 1 with equal bodies: B answers another purchaseId than the log’s', () => {
    const answerB = exchange(ofOne, 1, 201, {
      activityId,
      revision: 0,
      events: ['LicensePurchased'],
      purchaseId: 'p-b',
    });
    expect(answerViolations([answerA, answerB], log)).toEqual([
      expect.stringMatching(/the log's purchaseId is p-a, the answer's p-b/),
      expect.stringMatching(/^key key-1: answers disagree/),
    ]);
  });

  it('refuses an answer whose activity the log lacks, or at another revision', () => {
    const absent = exchange(ofOne, 1, 201, {
      activityId: 'not-in-log',
      revision: 0,
      events: ['LicensePurchased'],
    });
    const elsewhere = exchange(ofOne, 1, 201, {
      activityId,
      revision: 3,
      events: ['LicensePurchased'],
      purchaseId: 'p-a',
    });
    expect(answerViolations([{ ...absent, key: null }], log)).toEqual([
      expect.stringMatching(/"revision":"absent"/),
    ]);
    expect(answerViolations([answerA, elsewhere], log)).toEqual([
      expect.stringMatching(/^answer ≠ log: .*"revision":3/),
      expect.stringMatching(/^key key-1: answers disagree/),
    ]);
  });

  it('refuses a 5xx, and a 422 IDEMPOTENCY_KEY_REUSED for the very same body', () => {
    const failed = exchange(ofHundred, 1, 500, { error: 'INTERNAL' });
    const wronglyRefused = exchange(ofOne, 1, 422, { error: 'IDEMPOTENCY_KEY_REUSED' });
    expect(answerViolations([answerA, failed, wronglyRefused], log)).toEqual([
      expect.stringMatching(/^server error: /),
      expect.stringMatching(/^key key-1: 422 for the same body/),
    ]);
  });
});
