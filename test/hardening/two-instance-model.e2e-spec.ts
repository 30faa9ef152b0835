import fc from 'fast-check';
import type { RecordedEvent } from '@ledger/event-store';
import { tenantStreamName } from '@ledger/licensing';
import { TenantClient } from '../support/tenant-client';
import { auditEvents, quotaNumbers } from './support/ledger-audit';
import { startInstancePair, type InstancePair, type SharedLog } from './support/instance-pair';
import { answerViolations } from './support/model-audit';
import { type Exchange, sendWrite, succeeded } from './support/model-exchanges';
import { type Instance, requestOf, SETUP, step, type Step, type WriteRequest } from './support/model-writes';
import { bySoak, HARDENING_TIMEOUT_MS, reportFigures, runSeed } from './support/soak';

/**
 * ISSUE 10 finding 1 and "a two-instance model test": two API instances on one log, as behind a
 * load balancer, driven by random interleavings of keyed and unkeyed writes, retries of a key on
 * the other instance (same body and another), one key sent to both instances at the same moment,
 * and clients that abort mid-flight and retry. Then, against a model built from the log alone:
 * every 2xx answer's activity is in the log exactly once at the answer's revision and says what
 * the request asked; answers for one key agree (or are 422 for another body); R2–R4 hold over the
 * log; each instance's quota equals the fold of the log.
 *
 * Each sequence opens with the two races of finding 1, one key sent to both instances at once so
 * both decide on the same revision: two purchases of one SKU (1 seat and 100, say: one event
 * each, so the second append looked like a retry of the first), then an assignment against an
 * activity of two assignments (one event against two: the second append was a 500).
 */
const seed = runSeed('two-instance-model');
/** The work is bounded: sequences × steps (each step one to four writes), never a duration. */
const numRuns = bySoak(4, 40);
const maxSteps = bySoak(10, 40);

const purchaseRace = fc
  .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 50, max: 100 }))
  .map(([small, large]): Step => ({
    kind: 'race',
    op: { kind: 'purchase', sku: 'PHONE_SYSTEM', quantity: small },
    otherOp: { kind: 'purchase', sku: 'PHONE_SYSTEM', quantity: large },
  }));
const eventCountRace = fc.boolean().map((oneEventFirst): Step => {
  const one = { kind: 'assign', accountId: 'r1', sku: 'CALLING_PLAN' } as const;
  const two = {
    kind: 'activity',
    accountId: 'r1',
    add: ['PHONE_SYSTEM', 'CALLING_PLAN'],
    remove: [],
  } as const;
  return { kind: 'race', op: oneEventFirst ? one : two, otherOp: oneEventFirst ? two : one };
});
const sequence = fc
  .tuple(purchaseRace, eventCountRace, fc.array(step, { minLength: 1, maxLength: maxSteps, size: 'max' }))
  .map(([first, second, rest]) => [first, second, ...rest]);

const other = (instance: Instance): Instance => (instance === 0 ? 1 : 0);

/** Plays one sequence on a fresh tenant and answers every exchange, in the order they ended. */
async function play(pair: InstancePair, tenantId: string, steps: readonly Step[]): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  const purchaseIds: string[] = [];
  let keys = 0;
  const newKey = () => `${tenantId}-key-${(keys += 1)}`;
  const send = async (
    instance: Instance,
    request: WriteRequest,
    key: string | null,
    abortAfterMs?: number | null,
  ) => {
    const exchange = await sendWrite(
      pair.instances[instance],
      instance,
      tenantId,
      request,
      key,
      abortAfterMs,
    );
    exchanges.push(exchange);
    if (succeeded(exchange) && typeof exchange.answer.body.purchaseId === 'string')
      purchaseIds.push(exchange.answer.body.purchaseId);
    return exchange;
  };

  for (const request of SETUP) {
    const exchange = await send(0, request, null);
    if (!succeeded(exchange)) throw new Error(`setup refused: ${JSON.stringify(exchange.answer)}`);
  }
  for (const next of steps) {
    switch (next.kind) {
      case 'write': {
        const request = requestOf(next.op, purchaseIds);
        const key = next.keyed ? newKey() : null;
        const first = await send(next.instance, request, key, next.abortAfterMs);
        // The client's timeout fired: it retries with its key, and the balancer picks the other instance.
        if (first.answer === 'aborted' && key !== null) await send(other(next.instance), request, key);
        break;
      }
      case 'retry': {
        const keyed = exchanges.filter((exchange) => exchange.key !== null);
        if (keyed.length === 0) break;
        const earlier = keyed[next.earlier % keyed.length];
        const request = next.sameBody ? earlier.request : requestOf(next.op, purchaseIds);
        await send(other(earlier.instance), request, earlier.key);
        break;
      }
      case 'race': {
        const key = newKey();
        const request = requestOf(next.op, purchaseIds);
        const otherRequest = next.otherOp === null ? request : requestOf(next.otherOp, purchaseIds);
        await Promise.all([send(0, request, key), send(1, otherRequest, key)]);
        break;
      }
      case 'burst':
        await Promise.all(
          next.writes.map(({ op, instance, keyed }) =>
            send(instance, requestOf(op, purchaseIds), keyed ? newKey() : null),
          ),
        );
        break;
    }
  }
  return exchanges;
}

async function readStream(pair: InstancePair, tenantId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of pair.store.readStream(tenantStreamName(tenantId))) events.push(event);
  return events;
}

/**
 * The log once every write has ended: an aborted request may still be running on its instance,
 * so the stream is read until three readings 25 ms apart agree (a wait, not an assertion).
 */
async function settledStream(pair: InstancePair, tenantId: string): Promise<RecordedEvent[]> {
  let events = await readStream(pair, tenantId);
  for (let stable = 0; stable < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const again = await readStream(pair, tenantId);
    stable = again.length === events.length ? stable + 1 : 0;
    events = again;
  }
  return events;
}

describe.each<SharedLog>(['embedded', 'eventstoredb'])(
  'Hardening: two instances on one %s log, against a model of the log',
  (log) => {
    const figures = { sequences: 0, requests: 0, accepted: 0, refused: 0, aborted: 0, events: 0 };
    let pair: InstancePair;

    beforeAll(async () => {
      pair = await startInstancePair(log, { LEDGER_RATE_LIMIT_PER_MINUTE: '0' });
      // One write on each, on a tenant of its own: a cold instance is slower to decide, which let
      // the first sequence's opening race slip past finding 1 where the later ones did not.
      await Promise.all(
        pair.instances.map((app, index) =>
          sendWrite(app, index === 0 ? 0 : 1, `warm-up-${index}-${seed}`, SETUP[0], null),
        ),
      );
    }, HARDENING_TIMEOUT_MS);
    afterAll(async () => {
      reportFigures(`two-instance-model-${log}`, { ...figures, seed });
      await pair?.close();
    });

    it(
      'every answer tells the truth about the log; R2–R4 hold over it; both instances read its fold',
      async () => {
        let run = 0;
        await fc.assert(
          fc.asyncProperty(sequence, async (steps) => {
            run += 1;
            const tenantId = `model-${log}-${seed}-${run}`;
            const exchanges = await play(pair, tenantId, steps);
            const events = await settledStream(pair, tenantId);
            const audit = auditEvents(tenantId, events);
            figures.sequences += 1;
            figures.requests += exchanges.length;
            figures.accepted += exchanges.filter(succeeded).length;
            const aborted = exchanges.filter((exchange) => exchange.answer === 'aborted').length;
            figures.aborted += aborted;
            figures.refused += exchanges.length - exchanges.filter(succeeded).length - aborted;
            figures.events += events.length;

            // Both lists at once: a lying answer and the R2–R4 breach it leads to are one story.
            expect({ answers: answerViolations(exchanges, events), log: audit.violations }).toEqual({
              answers: [],
              log: [],
            });
            for (const app of pair.instances) {
              const quota = await new TenantClient(app, tenantId).quota();
              expect({ status: quota.status, ...quotaNumbers(quota.body as never) }).toEqual({
                status: 200,
                ...quotaNumbers(audit.quota),
              });
            }
          }),
          // No shrinking: a race does not replay alike; the seed and the failing sequence are printed.
          { seed, numRuns, endOnFailure: true },
        );
      },
      HARDENING_TIMEOUT_MS,
    );
  },
);
