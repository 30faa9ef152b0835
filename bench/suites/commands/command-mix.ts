/**
 * The mixed write load of the commands benchmark, as a per-tenant script of licence activities
 * that always succeeds when played in order: create a resource account, buy a Phone System
 * seat, assign it, buy a Virtual User seat (at zero, within A(N), R2/R3), swap Phone System for
 * Virtual User in one activity (R5), remove the Virtual User licence (R8 warns, still 2xx).
 * Purchases are 2 of 6 requests; creations, assignments, swaps and removals 1 each.
 */
export interface PlannedRequest {
  readonly method: 'POST' | 'DELETE';
  readonly path: string;
  readonly body?: string;
}

export const STEPS_PER_ACCOUNT = 6;

function post(path: string, body: Readonly<Record<string, unknown>>): PlannedRequest {
  return { method: 'POST', path, body: JSON.stringify(body) };
}

export function plannedRequest(tenantId: string, step: number): PlannedRequest {
  const base = `/v1/tenants/${encodeURIComponent(tenantId)}`;
  const accountId = `ra-${Math.floor(step / STEPS_PER_ACCOUNT)}`;
  switch (step % STEPS_PER_ACCOUNT) {
    case 0:
      return post(`${base}/accounts`, {
        accountId,
        displayName: `Queue ${accountId}`,
        kind: 'resource',
        resourceType: 'call-queue',
      });
    case 1:
      return post(`${base}/purchases`, { sku: 'PHONE_SYSTEM', quantity: 1 });
    case 2:
      return post(`${base}/accounts/${accountId}/licenses`, { sku: 'PHONE_SYSTEM' });
    case 3:
      return post(`${base}/purchases`, { sku: 'PHONE_SYSTEM_VIRTUAL_USER', quantity: 1 });
    case 4:
      return post(`${base}/accounts/${accountId}/license-swap`, {
        fromSku: 'PHONE_SYSTEM',
        toSku: 'PHONE_SYSTEM_VIRTUAL_USER',
      });
    default:
      return { method: 'DELETE', path: `${base}/accounts/${accountId}/licenses/PHONE_SYSTEM_VIRTUAL_USER` };
  }
}

/**
 * The framework ceiling's request: the same method mix, tenant spread, token and body sizes,
 * sent to a route whose handler returns a constant. Only the ledger's own work differs.
 */
export function trivialRequest(tenantId: string, step: number): PlannedRequest {
  const planned = plannedRequest(tenantId, step);
  return { ...planned, path: `/v1/tenants/${encodeURIComponent(tenantId)}/ping` };
}
