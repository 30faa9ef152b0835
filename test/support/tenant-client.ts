import type { HttpAnswer, LedgerTestApp } from './ledger-test-app';
import { tokens } from './tokens';
import {
  answerOf,
  ledgerClient,
  queryParameters,
  type ApiSchemas,
  type LedgerClient,
  type QueryOf,
} from './typed-client';

type Body = Record<string, unknown>;
type Sku = ApiSchemas['Sku'];
type ResourceType = NonNullable<ApiSchemas['AccountView']['resourceType']>;

/**
 * One tenant's endpoints as methods, so scenarios read like what an administrator does. Each
 * goes through the client typed by the served OpenAPI document (typed-client.ts); `call` is for
 * what the document does not allow (bad input, odd paths).
 */
export class TenantClient {
  private readonly api: LedgerClient;

  constructor(
    private readonly app: LedgerTestApp,
    readonly tenantId: string,
    private readonly token: string = tokens.tenantAdmin(tenantId),
  ) {
    this.api = ledgerClient(app.baseUrl, token);
  }

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

  private get tenant() {
    return { path: { tenantId: this.tenantId } };
  }
  private accountPath(accountId: string) {
    return { path: { tenantId: this.tenantId, accountId } };
  }

  purchase(sku: Sku, quantity: number, headers?: Record<string, string>) {
    return answerOf(
      this.api.POST('/v1/tenants/{tenantId}/purchases', {
        params: this.tenant,
        body: { sku, quantity },
        headers,
      }),
    );
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
    return answerOf(
      this.api.DELETE('/v1/tenants/{tenantId}/purchases/{purchaseId}', {
        params: { path: { tenantId: this.tenantId, purchaseId } },
      }),
    );
  }
  createResourceAccount(accountId: string, resourceType: ResourceType = 'auto-attendant') {
    return answerOf(
      this.api.POST('/v1/tenants/{tenantId}/accounts', {
        params: this.tenant,
        body: { accountId, displayName: `Resource ${accountId}`, kind: 'resource', resourceType },
      }),
    );
  }
  createUser(accountId: string) {
    return answerOf(
      this.api.POST('/v1/tenants/{tenantId}/accounts', {
        params: this.tenant,
        body: { accountId, displayName: `User ${accountId}`, kind: 'user' },
      }),
    );
  }
  deleteAccount(accountId: string) {
    return answerOf(
      this.api.DELETE('/v1/tenants/{tenantId}/accounts/{accountId}', { params: this.accountPath(accountId) }),
    );
  }
  assign(accountId: string, sku: Sku, headers?: Record<string, string>) {
    return answerOf(
      this.api.POST('/v1/tenants/{tenantId}/accounts/{accountId}/licenses', {
        params: this.accountPath(accountId),
        body: { sku },
        headers,
      }),
    );
  }
  unassign(accountId: string, sku: Sku) {
    return answerOf(
      this.api.DELETE('/v1/tenants/{tenantId}/accounts/{accountId}/licenses/{sku}', {
        params: { path: { tenantId: this.tenantId, accountId, sku } },
      }),
    );
  }
  swap(accountId: string, fromSku: Sku, toSku: Sku) {
    return answerOf(
      this.api.POST('/v1/tenants/{tenantId}/accounts/{accountId}/license-swap', {
        params: this.accountPath(accountId),
        body: { fromSku, toSku },
      }),
    );
  }
  activity(accountId: string, add: Sku[], remove: Sku[]) {
    return answerOf(
      this.api.POST('/v1/tenants/{tenantId}/license-activities', {
        params: this.tenant,
        body: { accountId, add, remove },
      }),
    );
  }
  assignNumber(accountId: string, phoneNumber: string) {
    return answerOf(
      this.api.PUT('/v1/tenants/{tenantId}/accounts/{accountId}/phone-number', {
        params: this.accountPath(accountId),
        body: { phoneNumber },
      }),
    );
  }
  releaseNumber(accountId: string) {
    return answerOf(
      this.api.DELETE('/v1/tenants/{tenantId}/accounts/{accountId}/phone-number', {
        params: this.accountPath(accountId),
      }),
    );
  }
  replace(accountId: string, newAccountId: string, displayName?: string) {
    return answerOf(
      this.api.POST('/v1/tenants/{tenantId}/accounts/{accountId}/replacement', {
        params: this.accountPath(accountId),
        body: { newAccountId, ...(displayName ? { displayName } : {}) },
      }),
    );
  }
  /** `query`: a query string as a user would type it (`?asOf=…`). */
  quota(query = '') {
    return answerOf(
      this.api.GET('/v1/tenants/{tenantId}/quota', {
        params: { ...this.tenant, query: queryParameters<QueryOf<'TenantReadsController_quota'>>(query) },
      }),
    );
  }
  account(accountId: string) {
    return answerOf(
      this.api.GET('/v1/tenants/{tenantId}/accounts/{accountId}', { params: this.accountPath(accountId) }),
    );
  }
  accounts(query = '') {
    return answerOf(
      this.api.GET('/v1/tenants/{tenantId}/accounts', {
        params: { ...this.tenant, query: queryParameters<QueryOf<'TenantReadsController_accounts'>>(query) },
      }),
    );
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
