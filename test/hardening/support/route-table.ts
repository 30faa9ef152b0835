/** Who may use a route, per SPEC §3. */
export type Access = 'public' | 'authenticated' | 'tenant-read' | 'tenant-write' | 'global-admin';

export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Nest's template, e.g. `/v1/tenants/:tenantId/purchases`. */
  readonly path: string;
  readonly access: Access;
  /** A body the route accepts (for a tenant with seats and the account `aa-1`). */
  readonly body?: Readonly<Record<string, unknown>>;
  /** A query string the route needs to answer 200 (`?…`). */
  readonly query?: string;
}

/** SPEC §5 trends: a range and an interval. */
const TREND_QUERY = '?from=2026-01-01T00:00:00Z&to=2026-01-08T00:00:00Z&interval=day';

/**
 * Every route of the API and the access SPEC §3 grants to it. The isolation test fails when the
 * application has a route this table lacks (or the other way round), so a new endpoint cannot
 * ship without a decision here.
 */
export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/v1/tenants/:tenantId/purchases',
    access: 'tenant-write',
    body: { sku: 'CALLING_PLAN', quantity: 1 },
  },
  { method: 'DELETE', path: '/v1/tenants/:tenantId/purchases/:purchaseId', access: 'tenant-write' },
  {
    method: 'POST',
    path: '/v1/tenants/:tenantId/purchases/:purchaseId/renewal',
    access: 'tenant-write',
    body: { endsAt: '2099-01-01T00:00:00Z' },
  },
  {
    method: 'PUT',
    path: '/v1/tenants/:tenantId/rulebook',
    access: 'global-admin',
    body: { rulebook: 'current' },
  },
  {
    method: 'POST',
    path: '/v1/tenants/:tenantId/accounts',
    access: 'tenant-write',
    body: { accountId: 'aa-new', displayName: 'New', kind: 'resource', resourceType: 'call-queue' },
  },
  { method: 'DELETE', path: '/v1/tenants/:tenantId/accounts/:accountId', access: 'tenant-write' },
  {
    method: 'POST',
    path: '/v1/tenants/:tenantId/accounts/:accountId/licenses',
    access: 'tenant-write',
    body: { sku: 'CALLING_PLAN' },
  },
  {
    method: 'DELETE',
    path: '/v1/tenants/:tenantId/accounts/:accountId/licenses/:sku',
    access: 'tenant-write',
  },
  {
    method: 'POST',
    path: '/v1/tenants/:tenantId/accounts/:accountId/license-swap',
    access: 'tenant-write',
    body: { fromSku: 'PHONE_SYSTEM_VIRTUAL_USER', toSku: 'PHONE_SYSTEM' },
  },
  {
    method: 'POST',
    path: '/v1/tenants/:tenantId/license-activities',
    access: 'tenant-write',
    body: { accountId: 'aa-1', add: ['CALLING_PLAN'], remove: [] },
  },
  {
    method: 'PUT',
    path: '/v1/tenants/:tenantId/accounts/:accountId/phone-number',
    access: 'tenant-write',
    body: { phoneNumber: '+4930123456' },
  },
  {
    method: 'DELETE',
    path: '/v1/tenants/:tenantId/accounts/:accountId/phone-number',
    access: 'tenant-write',
  },
  {
    method: 'POST',
    path: '/v1/tenants/:tenantId/accounts/:accountId/replacement',
    access: 'tenant-write',
    body: { newAccountId: 'aa-replacement' },
  },
  { method: 'GET', path: '/v1/tenants/:tenantId/quota', access: 'tenant-read' },
  { method: 'GET', path: '/v1/tenants/:tenantId/accounts', access: 'tenant-read' },
  { method: 'GET', path: '/v1/tenants/:tenantId/accounts/:accountId', access: 'tenant-read' },
  { method: 'GET', path: '/v1/tenants/:tenantId/history', access: 'tenant-read' },
  { method: 'GET', path: '/v1/tenants/:tenantId/trend', access: 'tenant-read', query: TREND_QUERY },
  { method: 'GET', path: '/v1/tenants/:tenantId/export', access: 'global-admin' },
  { method: 'DELETE', path: '/v1/tenants/:tenantId/personal-data', access: 'global-admin' },
  // Issue 15: an export's files to compare with the ledger; without them a global admin gets a 400.
  { method: 'POST', path: '/v1/tenants/:tenantId/reconciliation', access: 'global-admin' },
  { method: 'GET', path: '/v1/catalog', access: 'authenticated' },
  { method: 'GET', path: '/v1/reports/quota', access: 'global-admin' },
  { method: 'GET', path: '/v1/reports/broken-accounts', access: 'global-admin' },
  { method: 'GET', path: '/v1/reports/trend', access: 'global-admin', query: TREND_QUERY },
  { method: 'GET', path: '/v1/reports/attention', access: 'global-admin' },
  { method: 'POST', path: '/v1/admin/projections/rebuild', access: 'global-admin' },
  { method: 'GET', path: '/v1/admin/projections', access: 'global-admin' },
  { method: 'POST', path: '/v1/admin/projections/parked/:position/retry', access: 'global-admin' },
  { method: 'POST', path: '/v1/admin/projections/parked/:position/skip', access: 'global-admin' },
  { method: 'GET', path: '/health', access: 'public' },
  { method: 'GET', path: '/metrics', access: 'public' },
];

export const routeKey = (route: { readonly method: string; readonly path: string }) =>
  `${route.method} ${route.path}`;

/** The template with its `:params` replaced, each value sent as given (already encoded if need be). */
export function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${template}`);
    return value;
  });
}
