import type { OpenAPI3 } from 'openapi-typescript';
import type { HttpAnswer } from '../support/ledger-test-app';
import { LedgerTestApp } from '../support/ledger-test-app';
import { expectStatus, TenantClient } from '../support/tenant-client';
import { tokens } from '../support/tokens';
import { departuresFrom, type Schema, type SchemaDocument } from './schema-conformance';
import { servedOpenApiDocument } from './served-openapi-document';

interface Observed {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** The path as the document names it (`/v1/tenants/{tenantId}/quota`). */
  readonly route: string;
  readonly answer: HttpAnswer<unknown>;
}

interface DocumentedResponse {
  readonly content?: Readonly<Record<string, { readonly schema?: Schema }>>;
}

/** Where an answer departs from what the document says that operation answers with that status. */
function departuresOf(document: OpenAPI3, { method, route, answer }: Observed): string[] {
  const where = `${method.toUpperCase()} ${route} → ${answer.status}`;
  const operation = (
    document.paths?.[route] as Record<string, { responses?: Record<string, unknown> }> | undefined
  )?.[method];
  const response = operation?.responses?.[String(answer.status)] as DocumentedResponse | undefined;
  if (response === undefined) return [`${where}: status not documented`];
  const schema = response.content?.['application/json']?.schema;
  if (schema === undefined) return [`${where}: no JSON body documented`];
  return departuresFrom(document as SchemaDocument, schema, answer.body).map(
    (problem) => `${where}: ${problem}`,
  );
}

/**
 * The document says what the service answers, no more, no less: real answers of every JSON
 * operation, successes and errors, checked against the schema documented for their status.
 */
describe('The answers the service gives are the ones its OpenAPI document describes', () => {
  const { clock } = LedgerTestApp.steppingClock();
  let app: LedgerTestApp;
  let document: OpenAPI3;
  const observed: Observed[] = [];

  const observe = async <T>(method: Observed['method'], route: string, pending: Promise<HttpAnswer<T>>) => {
    const answer = await pending;
    observed.push({ method, route, answer });
    return answer;
  };

  beforeAll(async () => {
    app = await LedgerTestApp.start({}, undefined, { clock });
    document = await servedOpenApiDocument(app);
  });
  afterAll(() => app.close());

  it('for a tenant’s writes and reads, and their refusals', async () => {
    const tenant = new TenantClient(app, 'contoso');
    const T = '/v1/tenants/{tenantId}';
    await observe('post', `${T}/purchases`, tenant.purchase('PHONE_SYSTEM', 2));
    await observe('post', `${T}/purchases`, tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 26));
    const plan = await observe('post', `${T}/purchases`, tenant.purchase('CALLING_PLAN', 1));
    await observe('post', `${T}/accounts`, tenant.createResourceAccount('aa-front'));
    await observe('post', `${T}/accounts/{accountId}/licenses`, tenant.assign('aa-front', 'PHONE_SYSTEM'));
    await observe(
      'put',
      `${T}/accounts/{accountId}/phone-number`,
      tenant.assignNumber('aa-front', '+14255550100'),
    );
    await observe(
      'post',
      `${T}/accounts/{accountId}/license-swap`,
      tenant.swap('aa-front', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    // R6: a split swap (warning SPLIT_SWAP_RISK, then broken).
    await observe('post', `${T}/accounts`, tenant.createResourceAccount('cq-back', 'call-queue'));
    await observe(
      'post',
      `${T}/license-activities`,
      tenant.activity('cq-back', ['PHONE_SYSTEM_VIRTUAL_USER'], []),
    );
    await observe(
      'put',
      `${T}/accounts/{accountId}/phone-number`,
      tenant.assignNumber('cq-back', '+14255550101'),
    );
    await observe(
      'delete',
      `${T}/accounts/{accountId}/licenses/{sku}`,
      tenant.unassign('cq-back', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    await observe(
      'post',
      `${T}/accounts/{accountId}/licenses`,
      tenant.assign('cq-back', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    await observe('post', `${T}/accounts`, tenant.createUser('alice'));
    await observe(
      'delete',
      `${T}/purchases/{purchaseId}`,
      tenant.cancelPurchase(String(plan.body.purchaseId)),
    );

    // R10 (the default rulebook, current): Resource Account seats beyond the free allocation, paid.
    await observe('post', `${T}/purchases`, tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 40));
    await observe('get', `${T}/quota`, tenant.quota());
    await observe('get', `${T}/quota`, tenant.quota('?asOf=2026-06-01T00:00:00Z'));
    await observe('get', `${T}/accounts`, tenant.accounts());
    await observe('get', `${T}/accounts`, tenant.accounts('?status=broken'));
    await observe('get', `${T}/accounts/{accountId}`, tenant.account('cq-back'));
    await observe('get', `${T}/history`, tenant.call('GET', '/history?limit=3'));
    // SPEC §6: newest first, a page past the first, and a cursor of the other order refused.
    await observe('get', `${T}/history`, tenant.call('GET', '/history?order=desc&limit=2'));
    await observe('get', `${T}/history`, tenant.call('GET', '/history?order=desc&before=3&limit=2'));
    await observe('get', `${T}/history`, tenant.call('GET', '/history?order=asc&before=3'));
    // SPEC §5/§6 trend: past points and forecast ones; a bad range.
    await observe(
      'get',
      `${T}/trend`,
      tenant.call('GET', '/trend?from=2025-12-01T00:00:00Z&to=2026-06-01T00:00:00Z&interval=month'),
    );
    await observe(
      'get',
      `${T}/trend`,
      tenant.call('GET', '/trend?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z&interval=day'),
    );

    await observe('post', `${T}/accounts/{accountId}/replacement`, tenant.replace('cq-back', 'cq-back-2'));
    await observe('delete', `${T}/accounts/{accountId}/phone-number`, tenant.releaseNumber('aa-front'));
    await observe('delete', `${T}/accounts/{accountId}`, tenant.deleteAccount('alice'));

    // Refusals: 400, 401, 403, 404, 409, 412, 422.
    await observe('post', `${T}/purchases`, tenant.call('POST', '/purchases', { sku: 'E5', quantity: 0 }));
    await observe('get', `${T}/quota`, app.request('GET', '/v1/tenants/contoso/quota'));
    await observe(
      'get',
      `${T}/quota`,
      new TenantClient(app, 'contoso', tokens.tenantAdmin('fabrikam')).quota(),
    );
    await observe('get', `${T}/accounts/{accountId}`, tenant.account('nobody'));
    await observe(
      'post',
      `${T}/accounts/{accountId}/licenses`,
      tenant.assign('aa-front', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    await observe('post', `${T}/purchases`, tenant.purchase('E5', 1, { 'If-Match': '"0"' }));
    await observe('post', `${T}/purchases`, tenant.purchase('E5', 1, { 'Idempotency-Key': 'contract-1' }));
    await observe('post', `${T}/purchases`, tenant.purchase('E5', 2, { 'Idempotency-Key': 'contract-1' }));

    const statuses = new Set(observed.map(({ answer }) => answer.status));
    expect([...statuses].sort()).toEqual([200, 201, 400, 401, 403, 404, 409, 412, 422]);
    expect(observed.flatMap((seen) => departuresOf(document, seen))).toEqual([]);
  });

  it('for the reports, the projection administration and /health', async () => {
    const admin = tokens.globalAdmin();
    const asAdmin = (method: string, url: string) => app.request(method, url, { token: admin });
    // R11 (current): a tenant needing action, so the attention report has an entry with a reason.
    const northwind = new TenantClient(app, 'northwind');
    expectStatus(await northwind.purchase('PHONE_SYSTEM', 1), 201);
    expectStatus(await northwind.createResourceAccount('aa-bare'), 201);
    const trend = '?from=2025-12-01T00:00:00Z&to=2026-06-01T00:00:00Z&interval=month';
    const seen: Observed[] = [
      {
        method: 'get',
        route: '/v1/reports/trend',
        answer: await asAdmin('GET', `/v1/reports/trend${trend}`),
      },
      { method: 'get', route: '/v1/reports/trend', answer: await asAdmin('GET', '/v1/reports/trend?from=x') },
      {
        method: 'get',
        route: '/v1/reports/attention',
        answer: await asAdmin('GET', '/v1/reports/attention'),
      },
      {
        method: 'get',
        route: '/v1/reports/attention',
        answer: await asAdmin('GET', '/v1/reports/attention?limit=1'),
      },
      {
        method: 'get',
        route: '/v1/reports/attention',
        answer: await asAdmin('GET', '/v1/reports/attention?after=x'),
      },
      { method: 'get', route: '/v1/reports/quota', answer: await asAdmin('GET', '/v1/reports/quota') },
      {
        method: 'get',
        route: '/v1/reports/quota',
        answer: await asAdmin('GET', '/v1/reports/quota?asOf=2026-06-01T00:00:00Z'),
      },
      {
        method: 'get',
        route: '/v1/reports/broken-accounts',
        answer: await asAdmin('GET', '/v1/reports/broken-accounts'),
      },
      {
        method: 'get',
        route: '/v1/admin/projections',
        answer: await asAdmin('GET', '/v1/admin/projections'),
      },
      {
        method: 'post',
        route: '/v1/admin/projections/rebuild',
        answer: await asAdmin('POST', '/v1/admin/projections/rebuild'),
      },
      {
        method: 'post',
        route: '/v1/admin/projections/parked/{position}/retry',
        answer: await asAdmin('POST', '/v1/admin/projections/parked/1/retry'),
      },
      {
        method: 'post',
        route: '/v1/admin/projections/parked/{position}/skip',
        answer: await asAdmin('POST', '/v1/admin/projections/parked/x/skip'),
      },
      {
        method: 'get',
        route: '/v1/reports/quota',
        answer: await app.request('GET', '/v1/reports/quota', { token: tokens.tenantAdmin('contoso') }),
      },
      { method: 'get', route: '/health', answer: await app.request('GET', '/health') },
      { method: 'get', route: '/health', answer: await asAdmin('GET', '/health') },
    ];
    expectStatus(seen[0]!.answer, 200);
    expect((seen[2]!.answer.body as { tenants: unknown[] }).tenants).not.toEqual([]);
    expect(seen.map(({ answer }) => answer.status)).toEqual([
      200, 400, 200, 200, 400, 200, 200, 200, 200, 200, 404, 400, 403, 200, 200,
    ]);
    expect(seen.flatMap((one) => departuresOf(document, one))).toEqual([]);
  });
});
