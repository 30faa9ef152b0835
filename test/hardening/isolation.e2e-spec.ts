import { randomUUID } from 'node:crypto';
import { LedgerTestApp } from '../support/ledger-test-app';
import { expectStatus, TenantClient } from '../support/tenant-client';
import { tokens } from '../support/tokens';
import { type Answer, call } from '../support/http-client';
import { nestRoutes } from './support/nest-routes';
import { type Access, fillPath, routeKey, ROUTES, type RouteSpec } from './support/route-table';
import { reportFigures } from './support/soak';

const OWN = 'iso-own';
const FOREIGN = 'iso-foreign';
/** A foreign tenant that has never written anything: it must be indistinguishable from FOREIGN. */
const MISSING = 'iso-missing';
const ROLES = ['tenant-admin', 'auditor', 'global-admin', 'no token'] as const;
type Role = (typeof ROLES)[number];

const tokenOf: Record<Role, string | undefined> = {
  'tenant-admin': tokens.tenantAdmin(OWN),
  auditor: tokens.auditor(OWN),
  'global-admin': tokens.globalAdmin(),
  'no token': undefined,
};

/** SPEC §3, as a table: may this role use a route of this access class on this tenant? */
function granted(access: Access, role: Role, tenant: string | null): boolean {
  if (access === 'public') return true;
  if (role === 'no token') return false;
  if (access === 'authenticated') return true;
  if (role === 'global-admin') return true;
  if (access === 'global-admin') return false;
  if (tenant !== OWN) return false;
  return access === 'tenant-read' || role === 'tenant-admin';
}

/**
 * ENGINEERING.md "Isolation": every route × every role × own/foreign tenant gets exactly the
 * access SPEC §3 grants — no token 401, another tenant or a missing role 403 — and a refusal
 * reads the same, byte for byte, whether the foreign tenant exists or not.
 */
describe('Hardening: the access matrix', () => {
  let app: LedgerTestApp;
  const cells = { tried: 0, granted: 0, refused: 0 };

  beforeAll(async () => {
    app = await LedgerTestApp.start();
    for (const tenantId of [OWN, FOREIGN]) {
      const tenant = new TenantClient(app, tenantId);
      expectStatus(await tenant.purchase('PHONE_SYSTEM', 3), 201);
      expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 2), 201);
      await tenant.licensedResourceAccount('aa-1', tenantId === OWN ? '+4930111111' : '+4930222222');
    }
  });
  afterAll(async () => {
    reportFigures('isolation', { ...cells });
    await app.close();
  });

  it('the matrix covers every route the application serves, and only those', async () => {
    const served = nestRoutes(app.nest).map(routeKey).sort();
    expect(served).toEqual(ROUTES.map(routeKey).sort());
    // The OpenAPI document lists nothing outside the matrix either.
    const docs = await call<{ paths: Record<string, Record<string, unknown>> }>(
      app.baseUrl,
      'GET',
      '/docs-json',
    );
    const documented = Object.entries(docs.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
    );
    for (const route of documented) expect(served).toContain(route);
  });

  function send(route: RouteSpec, role: Role, tenant: string | null): Promise<Answer> {
    const path = fillPath(route.path, {
      tenantId: tenant ?? OWN,
      accountId: 'aa-1',
      sku: 'CALLING_PLAN',
      purchaseId: randomUUID(),
      position: '1',
    });
    return call(app.baseUrl, route.method, `${path}${route.query ?? ''}`, {
      token: tokenOf[role],
      body: route.body,
    });
  }

  // Reads first: the writes below change the tenants (and delete aa-1).
  const ordered = [...ROUTES].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
  const cases = ordered.flatMap((route) => ROLES.map((role) => [routeKey(route), role, route] as const));

  it.each(cases)('%s as %s', async (_name, role, route) => {
    const tenants = route.path.includes(':tenantId') ? [OWN, FOREIGN, MISSING] : [null];
    for (const tenant of tenants) {
      const eventsBefore = await app.eventCount();
      const answer = await send(route, role, tenant);
      cells.tried += 1;
      const where = `${route.method} ${route.path} as ${role} on ${tenant ?? 'no tenant'}`;
      if (granted(route.access, role, tenant)) {
        cells.granted += 1;
        if (answer.status === 401 || answer.status === 403 || answer.status >= 500)
          throw new Error(`${where}: SPEC §3 grants this, but it answered ${answer.status} ${answer.text}`);
        if (route.method === 'GET') {
          // An account of a tenant without events does not exist; nor does the export of its log (SPEC §5).
          const notFoundWhenMissing = route.path.includes(':accountId') || route.path.endsWith('/export');
          const expected = tenant === MISSING && notFoundWhenMissing ? 404 : 200;
          expect({ where, status: answer.status }).toEqual({ where, status: expected });
        }
        continue;
      }
      cells.refused += 1;
      const status = role === 'no token' ? 401 : 403;
      expect({ where, status: answer.status, body: answer.body }).toEqual({
        where,
        status,
        body: {
          statusCode: status,
          error: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          message: expect.any(String),
        },
      });
      expect(answer.headers.get('etag')).toBeNull();
      expect(await app.eventCount()).toBe(eventsBefore);
      if (tenant === FOREIGN) {
        // Whether the tenant exists must not show: same status, same bytes, same content type.
        const missing = await send(route, role, MISSING);
        expect({ where, text: missing.text, type: missing.headers.get('content-type') }).toEqual({
          where,
          text: answer.text,
          type: answer.headers.get('content-type'),
        });
      }
    }
  });
});
