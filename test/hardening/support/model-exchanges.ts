import type { LedgerTestApp } from '../../support/ledger-test-app';
import { tokens } from '../../support/tokens';
import type { Instance, WriteRequest } from './model-writes';

/** The body of a write answer (SPEC §3), or of an error. */
export interface WriteAnswerBody {
  readonly activityId?: string | null;
  readonly revision?: number;
  readonly events?: readonly string[];
  readonly purchaseId?: string;
  readonly error?: string;
}

/** One request as a client saw it: sent to which instance, with which key, and what came back. */
export interface Exchange {
  readonly request: WriteRequest;
  readonly instance: Instance;
  readonly key: string | null;
  /** `aborted`: the client gave up before the answer; the write may or may not have happened. */
  readonly answer: { readonly status: number; readonly body: WriteAnswerBody } | 'aborted';
}

/**
 * Sends one write of a tenant over real HTTP. With `abortAfterMs`, the client aborts the request
 * after that long, as a client whose timeout fired: the server may still finish it.
 */
export async function sendWrite(
  app: LedgerTestApp,
  instance: Instance,
  tenantId: string,
  request: WriteRequest,
  key: string | null,
  abortAfterMs: number | null = null,
): Promise<Exchange> {
  const token = request.globalAdmin === true ? tokens.globalAdmin() : tokens.tenantAdmin(tenantId);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (key !== null) headers['idempotency-key'] = key;
  const controller = new AbortController();
  const timer = abortAfterMs === null ? undefined : setTimeout(() => controller.abort(), abortAfterMs);
  try {
    const response = await fetch(`${app.baseUrl}/v1/tenants/${tenantId}${request.path}`, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
    });
    const text = await response.text();
    const body = (text.length > 0 ? JSON.parse(text) : {}) as WriteAnswerBody;
    return { request, instance, key, answer: { status: response.status, body } };
  } catch (error) {
    if (controller.signal.aborted) return { request, instance, key, answer: 'aborted' };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export function succeeded(exchange: Exchange): exchange is Exchange & {
  readonly answer: { readonly status: number; readonly body: WriteAnswerBody };
} {
  return exchange.answer !== 'aborted' && exchange.answer.status >= 200 && exchange.answer.status < 300;
}
