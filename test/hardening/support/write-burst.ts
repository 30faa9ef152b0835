import { randomUUID } from 'node:crypto';
import { tokens } from '../../support/tokens';
import type { Answer, CallOptions } from '../../support/http-client';

/** One write the burst sent, by its Idempotency-Key (every write carries one). */
export interface SentWrite {
  readonly key: string;
  readonly tenantId: string;
  readonly method: string;
  readonly url: string;
  readonly body?: unknown;
  /** 'acknowledged' = a 2xx answer; 'refused' = a 4xx; 'unknown' = the connection died first. */
  outcome: 'acknowledged' | 'refused' | 'unknown' | 'server-error';
  answer?: {
    readonly activityId: string | null;
    readonly events: readonly string[];
    readonly revision: number;
  };
}

const SKUS = ['PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER', 'CALLING_PLAN', 'E5'] as const;
const ACCOUNTS = 12;

/** A random administrator's write on one tenant; small id pools make most writes touch shared state. */
function randomWrite(tenantId: string, random: () => number, purchases: readonly string[]) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const account = `acc-${Math.floor(random() * ACCOUNTS)}`;
  const base = `/v1/tenants/${tenantId}`;
  const roll = random();
  if (roll < 0.18)
    return {
      method: 'POST',
      url: `${base}/purchases`,
      body: { sku: pick(SKUS), quantity: 1 + Math.floor(random() * 3) },
    };
  if (roll < 0.22 && purchases.length > 0)
    return { method: 'DELETE', url: `${base}/purchases/${pick(purchases)}` };
  if (roll < 0.4)
    return random() < 0.5
      ? {
          method: 'POST',
          url: `${base}/accounts`,
          body: { accountId: account, displayName: account, kind: 'resource', resourceType: 'call-queue' },
        }
      : {
          method: 'POST',
          url: `${base}/accounts`,
          body: { accountId: account, displayName: account, kind: 'user' },
        };
  if (roll < 0.6)
    return { method: 'POST', url: `${base}/accounts/${account}/licenses`, body: { sku: pick(SKUS) } };
  if (roll < 0.7)
    return {
      method: 'POST',
      url: `${base}/accounts/${account}/license-swap`,
      body: { fromSku: pick(SKUS), toSku: pick(SKUS) },
    };
  if (roll < 0.78) return { method: 'DELETE', url: `${base}/accounts/${account}/licenses/${pick(SKUS)}` };
  if (roll < 0.86)
    return {
      method: 'PUT',
      url: `${base}/accounts/${account}/phone-number`,
      body: { phoneNumber: `+4930${1000 + Math.floor(random() * 20)}00` },
    };
  if (roll < 0.92)
    return {
      method: 'POST',
      url: `${base}/accounts/${account}/replacement`,
      body: { newAccountId: `acc-${Math.floor(random() * ACCOUNTS)}` },
    };
  return { method: 'DELETE', url: `${base}/accounts/${account}` };
}

/** Where the writes go: the service in a child process (ApiProcess) or in this one (LedgerTestApp). */
export interface WriteTarget {
  request(method: string, url: string, options: CallOptions): Promise<Pick<Answer, 'status' | 'body'>>;
}

/**
 * Writers, a few per tenant, sending random writes back to back until stopped or until the
 * service dies under them. Every write is recorded with its outcome as the client saw it.
 */
export class WriteBurst {
  readonly sent: SentWrite[] = [];
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(
    api: WriteTarget,
    tenantIds: readonly string[],
    writersPerTenant: number,
    private readonly random: () => number,
    purchases: Map<string, string[]>,
    keyPrefix: string,
  ) {
    let counter = 0;
    const writer = async (tenantId: string) => {
      const token = tokens.tenantAdmin(tenantId);
      while (!this.stopped) {
        const write = randomWrite(tenantId, this.random, purchases.get(tenantId) ?? []);
        const sent: SentWrite = {
          key: `${keyPrefix}-${(counter += 1)}-${randomUUID()}`,
          tenantId,
          ...write,
          outcome: 'unknown',
        };
        this.sent.push(sent);
        try {
          const answer = await api.request(write.method, write.url, {
            token,
            body: write.body,
            headers: { 'idempotency-key': sent.key },
          });
          if (answer.status >= 500) sent.outcome = 'server-error';
          else if (answer.status >= 300) sent.outcome = 'refused';
          else {
            sent.outcome = 'acknowledged';
            const body = answer.body as {
              activityId: string | null;
              events: string[];
              revision: number;
              purchaseId?: string;
            };
            sent.answer = { activityId: body.activityId, events: body.events, revision: body.revision };
            if (body.purchaseId !== undefined)
              purchases.set(tenantId, [...(purchases.get(tenantId) ?? []), body.purchaseId]);
          }
        } catch {
          // The service was killed under this request: whether it was applied is for the audit to find out.
          return;
        }
      }
    };
    this.done = Promise.all(
      tenantIds.flatMap((tenantId) => Array.from({ length: writersPerTenant }, () => writer(tenantId))),
    ).then(() => undefined);
  }

  /** Resolves once every writer has stopped (after stop(), or once the service died). */
  async finished(): Promise<void> {
    await this.done;
  }

  stop(): void {
    this.stopped = true;
  }
}
