import createClient, { type Client } from 'openapi-fetch';
import { ApiError, isErrorBody } from './api-error';
import type { paths } from './generated/ledger-api';
import type {
  AccountStatus,
  AccountView,
  BrokenAccountRow,
  CatalogueEntry,
  ComplianceFlag,
  HistoryPage,
  HistoryQuery,
  PurchaseTerm,
  QuotaView,
  ResourceType,
  Rulebook,
  Sku,
  TenantQuotaRow,
  WriteAnswer,
} from './types';
import type { AttentionPageQuery, AttentionReport, EstateTrend, TenantTrend, TrendWindow } from './report-types';

/** A per-submit key: a double-sent write (retry after a timeout) is answered once, not applied twice. */
function idempotencyKey(): string {
  // randomUUID needs a secure context; the console may be opened over plain http on a LAN address.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An empty filter from a form field is no filter. */
function present<Query extends object>(query: Query): Query {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '')) as Query;
}

interface Answered<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The ledger API of SPEC §3, as the signed-in administrator, through the client typed by the
 * API's own OpenAPI document (./generated/ledger-api.ts): a route, a parameter or a body the
 * document does not have fails `npm run typecheck:console`.
 */
export class LedgerApi {
  private readonly client: Client<paths>;

  constructor(token: string) {
    this.client = createClient<paths>({
      // Same origin as the console: window.location's, resolved by the browser.
      baseUrl: globalThis.location?.origin ?? '',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    this.client.use({
      onRequest: ({ request }) => {
        if (request.method !== 'GET') request.headers.set('Idempotency-Key', idempotencyKey());
        return request;
      },
    });
  }

  /** The answer's body, or the ApiError that says what went wrong (issue 7: never swallowed). */
  private async body<T>(what: string, pending: Promise<Answered<T>>): Promise<T> {
    let answered: Answered<T>;
    try {
      answered = await pending;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof SyntaxError) {
        throw new ApiError(0, 'BAD_ANSWER', `${what} answered with something that is not JSON (${reason})`, undefined, what);
      }
      throw new ApiError(0, 'NETWORK', `${what} failed before an answer arrived (${reason}). Is the API running?`, undefined, what);
    }
    const { data, error, response } = answered;
    if (!response.ok || data === undefined) throw errorOf(response, error, what);
    return data;
  }

  // Reads

  /** Every SKU with its names, price and rules (SPEC §4): the console's only source of them. */
  async catalogue(): Promise<readonly CatalogueEntry[]> {
    const answer = await this.body('GET /v1/catalog', this.client.GET('/v1/catalog', {}));
    return answer.skus;
  }

  quota(tenantId: string, asOf?: string): Promise<QuotaView> {
    return this.body(
      `GET quota of ${tenantId}`,
      this.client.GET('/v1/tenants/{tenantId}/quota', { params: { path: { tenantId }, query: present({ asOf }) } }),
    );
  }

  async accounts(
    tenantId: string,
    options: { status?: AccountStatus; compliance?: ComplianceFlag; asOf?: string } = {},
  ): Promise<readonly AccountView[]> {
    const answer = await this.body(
      `GET accounts of ${tenantId}`,
      this.client.GET('/v1/tenants/{tenantId}/accounts', {
        params: { path: { tenantId }, query: present({ status: options.status, compliance: options.compliance, asOf: options.asOf }) },
      }),
    );
    return answer.accounts;
  }

  history(tenantId: string, query: HistoryQuery): Promise<HistoryPage> {
    return this.body(
      `GET history of ${tenantId}`,
      this.client.GET('/v1/tenants/{tenantId}/history', { params: { path: { tenantId }, query: present(query) } }),
    );
  }

  async quotaReport(asOf?: string): Promise<readonly TenantQuotaRow[]> {
    const answer = await this.body(
      'GET /v1/reports/quota',
      this.client.GET('/v1/reports/quota', { params: { query: present({ asOf, format: 'json' as const }) } }),
    );
    return jsonReport('GET /v1/reports/quota', answer).tenants;
  }

  async brokenAccountsReport(): Promise<readonly BrokenAccountRow[]> {
    const answer = await this.body(
      'GET /v1/reports/broken-accounts',
      this.client.GET('/v1/reports/broken-accounts', { params: { query: { format: 'json' } } }),
    );
    return jsonReport('GET /v1/reports/broken-accounts', answer).accounts;
  }

  /** A report as CSV, for the browser to save: it needs the bearer token, so a plain link cannot fetch it. */
  reportCsv(report: 'quota' | 'broken-accounts', asOf?: string): Promise<Blob> {
    const what = `GET /v1/reports/${report} as CSV`;
    return report === 'quota'
      ? this.body(what, this.client.GET('/v1/reports/quota', { params: { query: present({ asOf, format: 'csv' as const }) }, parseAs: 'blob' }))
      : this.body(what, this.client.GET('/v1/reports/broken-accounts', { params: { query: { format: 'csv' } }, parseAs: 'blob' }));
  }

  /** SPEC §5: a tenant's figures at the end of each interval, computed from the log. */
  async tenantTrend(tenantId: string, window: TrendWindow): Promise<TenantTrend> {
    const what = `GET trend of ${tenantId}`;
    const answer = await this.body(
      what,
      this.client.GET('/v1/tenants/{tenantId}/trend', { params: { path: { tenantId }, query: { ...window, format: 'json' } } }),
    );
    return jsonReport(what, answer);
  }

  /** SPEC §5: the same figures summed over every tenant (global admins). */
  async estateTrend(window: TrendWindow): Promise<EstateTrend> {
    const answer = await this.body('GET /v1/reports/trend', this.client.GET('/v1/reports/trend', { params: { query: { ...window, format: 'json' } } }));
    return jsonReport('GET /v1/reports/trend', answer);
  }

  /** SPEC §5: the tenants needing action, worst first, a page at a time (`limit`, `after`). */
  async attention(page: AttentionPageQuery = {}): Promise<AttentionReport> {
    const answer = await this.body(
      'GET /v1/reports/attention',
      this.client.GET('/v1/reports/attention', { params: { query: present({ ...page, format: 'json' as const }) } }),
    );
    return jsonReport('GET /v1/reports/attention', answer);
  }

  /** A trend as the API's CSV: one tenant's, or with no tenant the estate's. */
  trendCsv(tenantId: string | undefined, window: TrendWindow): Promise<Blob> {
    const query = { ...window, format: 'csv' as const };
    return tenantId === undefined
      ? this.body('GET /v1/reports/trend as CSV', this.client.GET('/v1/reports/trend', { params: { query }, parseAs: 'blob' }))
      : this.body(
          `GET trend of ${tenantId} as CSV`,
          this.client.GET('/v1/tenants/{tenantId}/trend', { params: { path: { tenantId }, query }, parseAs: 'blob' }),
        );
  }

  /** Every tenant needing action as CSV (one row per reason). */
  attentionCsv(): Promise<Blob> {
    return this.body('GET /v1/reports/attention as CSV', this.client.GET('/v1/reports/attention', { params: { query: { format: 'csv' } }, parseAs: 'blob' }));
  }

  // Writes: each is one licence activity (SPEC R5)

  /** R13: with a term, the seats stop counting at its end; without one they are perpetual. */
  purchase(tenantId: string, sku: Sku, quantity: number, term?: PurchaseTerm): Promise<WriteAnswer> {
    const body = term === undefined ? { sku, quantity } : { sku, quantity, term };
    return this.body(
      `POST purchase of ${sku}`,
      this.client.POST('/v1/tenants/{tenantId}/purchases', { params: { path: { tenantId } }, body }),
    );
  }

  /** R9: a global admin switches the tenant's rulebook; the same one again appends nothing. */
  adoptRulebook(tenantId: string, rulebook: Rulebook): Promise<WriteAnswer> {
    return this.body(
      `PUT rulebook of ${tenantId}`,
      this.client.PUT('/v1/tenants/{tenantId}/rulebook', { params: { path: { tenantId } }, body: { rulebook } }),
    );
  }

  createAccount(
    tenantId: string,
    account: { accountId: string; displayName: string; kind: 'user' | 'resource'; resourceType?: ResourceType },
  ): Promise<WriteAnswer> {
    return this.body(
      `POST account ${account.accountId}`,
      this.client.POST('/v1/tenants/{tenantId}/accounts', { params: { path: { tenantId } }, body: account }),
    );
  }

  deleteAccount(tenantId: string, accountId: string): Promise<WriteAnswer> {
    return this.body(
      `DELETE account ${accountId}`,
      this.client.DELETE('/v1/tenants/{tenantId}/accounts/{accountId}', { params: { path: { tenantId, accountId } } }),
    );
  }

  assignLicense(tenantId: string, accountId: string, sku: Sku): Promise<WriteAnswer> {
    return this.body(
      `POST licence ${sku} to ${accountId}`,
      this.client.POST('/v1/tenants/{tenantId}/accounts/{accountId}/licenses', {
        params: { path: { tenantId, accountId } },
        body: { sku },
      }),
    );
  }

  removeLicense(tenantId: string, accountId: string, sku: Sku): Promise<WriteAnswer> {
    return this.body(
      `DELETE licence ${sku} of ${accountId}`,
      this.client.DELETE('/v1/tenants/{tenantId}/accounts/{accountId}/licenses/{sku}', {
        params: { path: { tenantId, accountId, sku } },
      }),
    );
  }

  swapLicense(tenantId: string, accountId: string, fromSku: Sku, toSku: Sku): Promise<WriteAnswer> {
    return this.body(
      `POST swap ${fromSku} → ${toSku} on ${accountId}`,
      this.client.POST('/v1/tenants/{tenantId}/accounts/{accountId}/license-swap', {
        params: { path: { tenantId, accountId } },
        body: { fromSku, toSku },
      }),
    );
  }

  assignPhoneNumber(tenantId: string, accountId: string, phoneNumber: string): Promise<WriteAnswer> {
    return this.body(
      `PUT phone number of ${accountId}`,
      this.client.PUT('/v1/tenants/{tenantId}/accounts/{accountId}/phone-number', {
        params: { path: { tenantId, accountId } },
        body: { phoneNumber },
      }),
    );
  }

  releasePhoneNumber(tenantId: string, accountId: string): Promise<WriteAnswer> {
    return this.body(
      `DELETE phone number of ${accountId}`,
      this.client.DELETE('/v1/tenants/{tenantId}/accounts/{accountId}/phone-number', {
        params: { path: { tenantId, accountId } },
      }),
    );
  }

  replaceAccount(tenantId: string, accountId: string, newAccountId: string, displayName?: string): Promise<WriteAnswer> {
    const body = displayName === undefined || displayName === '' ? { newAccountId } : { newAccountId, displayName };
    return this.body(
      `POST replacement of ${accountId}`,
      this.client.POST('/v1/tenants/{tenantId}/accounts/{accountId}/replacement', {
        params: { path: { tenantId, accountId } },
        body,
      }),
    );
  }
}

/** A report answers JSON or, with `format=csv`, text: the JSON asked for, or a BAD_ANSWER. */
function jsonReport<Report extends object>(what: string, answer: Report | string): Report {
  if (typeof answer === 'string') throw new ApiError(200, 'BAD_ANSWER', `${what} answered text where JSON was asked for`, undefined, what);
  return answer;
}

/** The SPEC error body when the API sent one; otherwise the status and what came instead. */
function errorOf(response: Response, error: unknown, what: string): ApiError {
  if (isErrorBody(error)) return new ApiError(response.status, error.error, error.message, error.details, what);
  const excerpt = (typeof error === 'string' ? error : '').trim().slice(0, 300);
  return new ApiError(
    response.status,
    response.ok ? 'BAD_ANSWER' : `HTTP_${response.status}`,
    `${what} answered ${response.status} ${response.statusText}${excerpt === '' ? '' : `: ${excerpt}`}`,
    undefined,
    what,
  );
}
