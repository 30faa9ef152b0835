import type { HttpAnswer, LedgerTestApp } from './ledger-test-app';
import { tokens } from './tokens';

type Body = Record<string, unknown>;

/** One tenant's endpoints as methods, so scenarios read like what an administrator does. */
export class TenantClient {
  constructor(
    private readonly app: LedgerTestApp,
    readonly tenantId: string,
    private readonly token: string = tokens.tenantAdmin(tenantId),
  ) {}

  private path(suffix: string): string {
    return `/v1/tenants/${this.tenantId}${suffix}`;
  }

  call(
    method: string,
    suffix: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<HttpAnswer<Body>> {
    return this.app.request<Body>(method, this.path(suffix), { token: this.token, body, headers });
  }

  purchase(sku: string, quantity: number, headers?: Record<string, string>) {
    return this.call('POST', '/purchases', { sku, quantity }, headers);
  }
  /** R13: a purchase with a subscription term. */
  purchaseWithTerm(sku: string, quantity: number, term: unknown) {
    return this.call('POST', '/purchases', { sku, quantity, term });
  }
  renew(purchaseId: string, endsAt: string) {
    return this.call('POST', `/purchases/${purchaseId}/renewal`, { endsAt });
  }
  /** R9: a global admin's switch (this client needs a global admin's token). */
  adoptRulebook(rulebook: unknown, headers?: Record<string, string>) {
    return this.call('PUT', '/rulebook', { rulebook }, headers);
  }
  cancelPurchase(purchaseId: string) {
    return this.call('DELETE', `/purchases/${purchaseId}`);
  }
  createResourceAccount(accountId: string, resourceType = 'auto-attendant') {
    return this.call('POST', '/accounts', {
      accountId,
      displayName: `Resource ${accountId}`,
      kind: 'resource',
      resourceType,
    });
  }
  createUser(accountId: string) {
    return this.call('POST', '/accounts', { accountId, displayName: `User ${accountId}`, kind: 'user' });
  }
  deleteAccount(accountId: string) {
    return this.call('DELETE', `/accounts/${accountId}`);
  }
  assign(accountId: string, sku: string, headers?: Record<string, string>) {
    return this.call('POST', `/accounts/${accountId}/licenses`, { sku }, headers);
  }
  unassign(accountId: string, sku: string) {
    return this.call('DELETE', `/accounts/${accountId}/licenses/${sku}`);
  }
  swap(accountId: string, fromSku: string, toSku: string) {
    return this.call('POST', `/accounts/${accountId}/license-swap`, { fromSku, toSku });
  }
  activity(accountId: string, add: string[], remove: string[]) {
    return this.call('POST', '/license-activities', { accountId, add, remove });
  }
  assignNumber(accountId: string, phoneNumber: string) {
    return this.call('PUT', `/accounts/${accountId}/phone-number`, { phoneNumber });
  }
  releaseNumber(accountId: string) {
    return this.call('DELETE', `/accounts/${accountId}/phone-number`);
  }
  replace(accountId: string, newAccountId: string, displayName?: string) {
    return this.call('POST', `/accounts/${accountId}/replacement`, {
      newAccountId,
      ...(displayName ? { displayName } : {}),
    });
  }
  quota(query = '') {
    return this.call('GET', `/quota${query}`);
  }
  account(accountId: string) {
    return this.call('GET', `/accounts/${accountId}`);
  }
  accounts(query = '') {
    return this.call('GET', `/accounts${query}`);
  }

  /** A resource account holding a Virtual User licence and a number: the usual auto attendant. */
  async licensedResourceAccount(accountId: string, phoneNumber?: string): Promise<void> {
    expectStatus(await this.createResourceAccount(accountId), 201);
    expectStatus(await this.assign(accountId, 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
    if (phoneNumber !== undefined) expectStatus(await this.assignNumber(accountId, phoneNumber), 200);
  }
}

/** Fails with the answer's body, which says why, instead of a bare status mismatch. */
export function expectStatus(answer: HttpAnswer<unknown>, status: number): void {
  if (answer.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}
