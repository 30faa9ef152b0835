import * as fs from 'node:fs';
import * as path from 'node:path';
import { SKU_CATALOG } from '@ledger/licensing';
import type { Locator, Page } from 'playwright-core';
import {
  ConsoleBrowser,
  DESKTOP,
  describeInBrowser,
  ensureConsoleBuilt,
  localInputValue,
  PHONE,
  STEP_TIMEOUT_MS,
} from './support/console-browser';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { signToken, tokens } from './support/tokens';

/**
 * Issue 7: the admin console, served by the API itself, driven in a real Chromium against a real
 * API on a temp store. Screenshots of every page land in test/artifacts/ (ignored by git).
 */

const CONSOLE_DIST = path.resolve(__dirname, '..', 'dist', 'console');

jest.setTimeout(180_000);

describe('admin console: served by the API', () => {
  let app: LedgerTestApp;

  beforeAll(async () => {
    ensureConsoleBuilt();
    app = await LedgerTestApp.start();
  });
  afterAll(() => app.close());

  it.each(['/', '/quota', '/accounts?tenant=t1', '/history', '/as-of'])(
    'answers %s with the console page, no token needed',
    async (url) => {
      const answer = await app.request<string>('GET', url);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(answer.body).toContain('<div id="app">');
    },
  );

  it('serves the hashed assets with a long cache lifetime', async () => {
    const index = fs.readFileSync(path.join(CONSOLE_DIST, 'index.html'), 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const answer = await app.request<string>('GET', script ?? '');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toContain('immutable');
  });

  it.each([
    '/v1/nope',
    '/v1',
    '/v1/tenants/t1/nope',
    '/assets/missing.js',
    '/docs/nope',
    '/metrics-nope.txt',
  ])('still answers an unknown %s with a 404 in the SPEC error shape', async (url) => {
    const answer = await app.request('GET', url);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
  });

  it('leaves the API, health and docs as they were', async () => {
    expect((await app.request('GET', '/health')).status).toBe(200);
    expect((await app.request('GET', '/v1/tenants/t1/quota')).status).toBe(401);
    expect((await app.request<string>('GET', '/docs')).body).toContain('Swagger');
  });
});

describeInBrowser('console.e2e-spec')('admin console in Chromium', () => {
  const tenantId = 'contoso';
  let app: LedgerTestApp;
  let browser: ConsoleBrowser;
  let page: Page;
  /** Set while buying: a moment after the Phone System purchase and before the Virtual User one. */
  let beforeVirtualUsers = new Date(0);

  const screenshot = (name: string): Promise<void> => browser.screenshot(name);
  const shows = (locator: Locator, text: string | RegExp): Promise<void> => browser.shows(locator, text);
  const eventually = (what: string, check: () => Promise<boolean>): Promise<void> =>
    browser.eventually(what, check);
  const saved = (summary: string): Promise<void> => browser.saved(summary);
  const signIn = (token: string): Promise<void> => browser.signIn(token);
  const openPage = (label: string): Promise<void> => browser.openPage(label);
  const figure = (name: string): Locator => browser.figure(name);
  const accountRow = (accountId: string): Locator => browser.accountRow(accountId);

  beforeAll(async () => {
    // The console's stories are told under seed, the default before rulebooks (R9): the refusal in words needs a cap.
    // Terms are expired by the service itself (R13); a short interval lets a term end within a test.
    app = await LedgerTestApp.start({ LEDGER_ALLOCATION_POLICY: 'seed', LEDGER_EXPIRY_INTERVAL_MS: '500' });
    browser = await ConsoleBrowser.open(app.baseUrl);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('explains a token it cannot use, and a token the API refuses', async () => {
    await page.goto(`${app.baseUrl}/`);
    await screenshot('01-sign-in');
    await page.locator('textarea[name=token]').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await shows(page.locator('.field-error'), 'This is not a JWT');

    await signIn(
      signToken(
        { sub: 'mallory', tid: tenantId, roles: ['tenant-admin'] },
        { secret: 'some-other-secret-0123456789-abcdefghij' },
      ),
    );
    await shows(page.locator('.notice--error'), 'Your token was not accepted');
    await shows(page.locator('.notice--error'), 'HTTP 401');
    await page.getByRole('button', { name: 'Sign in again' }).first().click();
    await page.locator('textarea[name=token]').waitFor();
  });

  it('buys Phone System seats and Virtual User seats within the allocation, and shows a refusal in words', async () => {
    await signIn(tokens.tenantAdmin(tenantId));
    await page.getByRole('heading', { level: 1, name: 'Quota' }).waitFor();
    await shows(page.locator('.tenant__id'), tenantId);

    await page.locator('select[name=sku]').selectOption('PHONE_SYSTEM');
    await page.locator('input[name=quantity]').fill('2');
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await saved('Buy 2 × Teams Phone Standard');
    await shows(figure('Allocation'), /^26$/);

    // The as-of step goes back to this moment: before any Virtual User seat was bought.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    beforeVirtualUsers = new Date();
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    await page.locator('select[name=sku]').selectOption('PHONE_SYSTEM_VIRTUAL_USER');
    await page.locator('input[name=quantity]').fill('5');
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await saved('Buy 5 × Teams Phone Resource Account');
    await shows(figure('Purchased'), /^5$/);
    await shows(figure('Can still be bought'), /^21$/);

    await page.locator('input[name=quantity]').fill('100');
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    const refusal = page.locator('.notice--error[data-error-code="ALLOCATION_EXCEEDED"]');
    await shows(refusal, 'Over the free Virtual User allocation');
    await shows(refusal, 'HTTP 409');
    await screenshot('02-quota-with-refusal');
    await refusal.getByRole('button', { name: 'Dismiss' }).click();
    await screenshot('03-quota');
  });

  it('assigns, performs a split swap, sees the account turn broken, replaces it and sees it healthy', async () => {
    await openPage('Resource accounts');
    await page.getByRole('button', { name: 'New account' }).click();
    await page.locator('input[name=account-id]').fill('aa-main');
    await page.locator('input[name=display-name]').fill('Main auto attendant');
    await page.getByRole('button', { name: 'Create account' }).click();
    await saved('Create aa-main');

    // Assign the full Phone System licence and a number: a working auto attendant.
    await page.locator('select[name=assign-sku]').selectOption('PHONE_SYSTEM');
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await saved('Assign Teams Phone Standard to aa-main');
    await page.locator('input[name=phone-number]').fill('+14255550100');
    await page.getByRole('button', { name: 'Assign number' }).click();
    await saved('Assign +14255550100 to aa-main');
    await shows(accountRow('aa-main').locator('[data-status]'), 'Healthy');

    // Split swap, step 1: remove the phone-capable licence alone. The API warns; the account is at risk.
    await page.locator('li[data-sku=PHONE_SYSTEM]').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Remove Teams Phone Standard' }).click();
    await saved('Remove Teams Phone Standard from aa-main');
    await shows(page.locator('[data-warning-code=SPLIT_SWAP_RISK]'), 'SPLIT_SWAP_RISK');
    await shows(accountRow('aa-main').locator('[data-status]'), 'At risk');
    await screenshot('04-accounts-at-risk-warning');

    // Step 2, a separate activity: assign the Virtual User licence. Now it is broken (R6).
    await page.locator('select[name=assign-sku]').selectOption('PHONE_SYSTEM_VIRTUAL_USER');
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await saved('Assign Teams Phone Resource Account to aa-main');
    await shows(accountRow('aa-main').locator('[data-status]'), 'Broken');
    await shows(accountRow('aa-main').locator('[data-broken-by]'), 'Re-assigned in');
    await screenshot('05-accounts-broken');

    await accountRow('aa-main').getByRole('button', { name: 'Replace' }).click();
    await page.locator('input[name=new-account-id]').fill('aa-main-r2');
    await page.getByRole('button', { name: 'Replace account' }).click();
    await saved('Replace aa-main with aa-main-r2');
    await shows(accountRow('aa-main-r2').locator('[data-status]'), 'Healthy');
    await shows(accountRow('aa-main-r2'), '+14255550100');
    await accountRow('aa-main').waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    await screenshot('06-accounts-replaced');
  });

  it('shows the history as a filterable, paged timeline', async () => {
    await openPage('History');
    await shows(page.locator('[data-event-type=LicensePurchased]'), 'Bought 2 × Teams Phone Standard');
    await shows(
      page.locator('[data-event-type=LicenseAssigned]'),
      'Assigned Teams Phone Resource Account to aa-main-r2',
    );
    await screenshot('07-history');

    await page.locator('select[name=history-limit]').selectOption('10');
    await page.getByRole('button', { name: 'Apply' }).click();
    await eventually(
      'ten events on the page',
      async () => (await page.locator('.timeline__event').count()) === 10,
    );
    // Issue 16 #2: newest first, a pager above and below the list (the top one is used here).
    await shows(page.locator('.pager__label'), 'Page 1 of');
    await shows(page.locator('[data-event-type=AccountCreated]'), 'aa-main-r2');
    await page.getByRole('button', { name: 'Older →' }).first().click();
    await shows(page.locator('.pager__label'), 'Page 2 of');
    await shows(page.locator('[data-event-type=AccountCreated]'), 'aa-main “Main auto attendant”');
    await page.getByRole('button', { name: '← Newer' }).first().click();
    await shows(page.locator('.pager__label'), 'Page 1 of');

    await page.locator('select[name=history-limit]').selectOption('100');
    await page.locator('select[name=history-type]').selectOption('LicenseUnassigned');
    await page.locator('input[name=history-account]').fill('aa-main');
    await page.getByRole('button', { name: 'Apply' }).click();
    // Only the filtered events remain once the new page has arrived.
    await eventually('only LicenseUnassigned events', async () => {
      const types = await page
        .locator('.timeline__event')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-type')));
      return types.length > 0 && types.every((type) => type === 'LicenseUnassigned');
    });
    await shows(
      page.locator('.timeline__event'),
      'Removed Teams Phone Standard from aa-main: removed by an administrator',
    );
    expect(await page.locator('.timeline__event').count()).toBe(2);
    await screenshot('08-history-filtered');
  });

  it('moves the as-of picker back and shows the quota and accounts as they stood then', async () => {
    await openPage('As of');
    await shows(figure('Purchased'), /^5$/);
    await shows(accountRow('aa-main-r2').locator('[data-status]'), 'Healthy');

    await page.locator('input[name=as-of]').fill(localInputValue(beforeVirtualUsers));
    // Issue 16 #5: the picker commits on Enter (or on leaving the field), not on every keystroke.
    await page.locator('input[name=as-of]').press('Enter');
    await shows(page.locator('.as-of-bar__status'), 'Showing the ledger as of');
    await shows(figure('Purchased'), /^0$/);
    await shows(figure('Allocation'), /^26$/);
    await shows(page.locator('.empty'), 'No accounts existed at that moment.');
    await screenshot('09-as-of');
  });

  it('works on a narrow phone screen', async () => {
    await page.setViewportSize(PHONE);
    await openPage('Quota');
    await shows(figure('Purchased'), /^5$/);
    await screenshot('10-phone-quota');
    await openPage('Resource accounts');
    await shows(accountRow('aa-main-r2').locator('[data-status]'), 'Healthy');
    await screenshot('11-phone-accounts');
    // Nothing may stick out sideways on a phone.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
  });

  it('gives a global admin the tenants with their gauges and the cross-tenant reports with CSV', async () => {
    // A second tenant with a broken resource account, made over the API, for the reports to show.
    const fabrikam = new TenantClient(app, 'fabrikam');
    const e5 = await fabrikam.purchase('E5', 1);
    expectStatus(e5, 201);
    expectStatus(await fabrikam.purchase('PHONE_SYSTEM_VIRTUAL_USER', 1), 201);
    expectStatus(await fabrikam.createResourceAccount('cq-support', 'call-queue'), 201);
    expectStatus(await fabrikam.assign('cq-support', 'E5'), 201);
    expectStatus(await fabrikam.assignNumber('cq-support', '+442071234567'), 200);
    expectStatus(await fabrikam.unassign('cq-support', 'E5'), 200);
    expectStatus(await fabrikam.assign('cq-support', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
    // Cancelling the only E5 seat drops A(N) to 0 below the Virtual User seat held: over-allocated.
    expectStatus(await fabrikam.cancelPurchase(String(e5.body.purchaseId)), 200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(tokens.globalAdmin());
    await page.getByRole('heading', { level: 1, name: 'Choose a tenant' }).waitFor();
    await page.locator(`[data-tenant-card="${tenantId}"]`).waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('[data-tenant-card="fabrikam"]').waitFor({ timeout: STEP_TIMEOUT_MS });
    await screenshot('12-global-tenant-chooser');

    await openPage('Reports');
    await shows(page.locator('table'), 'cq-support');
    await screenshot('13-reports');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('region', { name: 'Quota of every tenant' })
        .getByRole('button', { name: /Download CSV/ })
        .click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toContain('tenantId');
    expect(csv).toContain('fabrikam');
    expect(download.suggestedFilename()).toMatch(/^quota-report-.*\.csv$/);

    // Issue 14: the reports page opens with the tenants needing action; its link opens that tenant's pages.
    await page.locator('[data-attention-tenant="fabrikam"] [data-tenant-link="fabrikam"]').click();
    await page.getByRole('heading', { level: 1, name: 'Quota' }).waitFor();
    await shows(page.locator('[data-flag=over-allocated]'), 'Over-allocated');
    await shows(figure('over-allocated-by'), /^1$/);
    await screenshot('14-quota-over-allocated');
    await openPage('Resource accounts');
    await shows(accountRow('cq-support').locator('[data-status]'), 'Broken');
  });

  it('R9: a global admin switches the rulebook on the quota page and reads the answer in the rulebook card', async () => {
    await page.goto(`${app.baseUrl}/quota?tenant=${tenantId}`);
    await page.getByRole('heading', { level: 1, name: 'Quota' }).waitFor();
    const rulebookCard = page.getByRole('region', { name: 'Rulebook' });
    await shows(rulebookCard.locator('[data-figure=rulebook]'), 'Rules of 2019');

    // Found by its label: the control is named for assistive technology, not only by its markup.
    await rulebookCard.getByLabel('Rulebook to adopt').selectOption('current');
    await rulebookCard.getByRole('button', { name: 'Switch rulebook' }).click();
    await shows(
      rulebookCard.locator('.notice--success'),
      `Switch ${tenantId} to the current rulebook: saved`,
    );
    await shows(rulebookCard.locator('.notice--success'), 'RulebookAdopted');
    await shows(rulebookCard.locator('[data-figure=rulebook]'), "Today's rules");
    // Under today's rules two Phone System seats earn 25 free seats; 5 are held.
    await shows(figure('Free seats held'), /^5$/);
    await shows(figure('Paid seats held'), /^0$/);
  });

  it('R10: buys Resource Account seats beyond the free allocation and shows the paid seats and their monthly cost', async () => {
    await page.locator('select[name=sku]').selectOption('PHONE_SYSTEM_VIRTUAL_USER');
    await page.locator('input[name=quantity]').fill('30');
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await saved('Buy 30 × Teams Phone Resource Account');
    // 20 of the 30 fill the free allocation of 25; 10 are paid at the catalogue's list price.
    await shows(figure('Free seats held'), /^25$/);
    await shows(figure('Free seats still available'), /^0$/);
    await shows(figure('Paid seats held'), /^10$/);
    const monthlyCost = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
      10 * SKU_CATALOG.PHONE_SYSTEM_VIRTUAL_USER.listPriceUsd,
    );
    await shows(figure('Monthly cost'), monthlyCost);
    await screenshot('15-quota-paid-seats');
  });

  it('R13: buys seats for a trial term and lists them among the terms ending soon, marked as a trial', async () => {
    const endDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('select[name=sku]').selectOption('PHONE_SYSTEM');
    await page.locator('input[name=quantity]').fill('1');
    const buyForm = page.getByRole('form', { name: 'Buy licences' });
    await buyForm.getByLabel('Term ends (UTC)').fill(endDate);
    await buyForm.getByLabel('Trial').check();
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await saved(`Buy 1 × Teams Phone Standard until ${endDate} (trial)`);
    const expiring = page.getByRole('region', { name: 'Terms ending soon' });
    await shows(expiring.locator('li[data-expiring]'), '1 × Teams Phone Standard');
    await shows(expiring.locator('li[data-expiring] [data-trial]'), 'Trial');
    await screenshot('16-quota-expiring-trial');
  });

  it('R11/R12: shows compliance flags as badges with their remedy, and filters the accounts by flag', async () => {
    const contoso = new TenantClient(app, tenantId);
    expectStatus(await contoso.createResourceAccount('aa-full'), 201);
    expectStatus(await contoso.assign('aa-full', 'PHONE_SYSTEM'), 201);
    expectStatus(await contoso.createResourceAccount('cq-bare', 'call-queue'), 201);

    await openPage('Resource accounts');
    await shows(accountRow('aa-full').locator('[data-compliance=FULL_LICENCE]'), 'Full licence');
    await shows(accountRow('aa-full').locator('[data-compliance-remedy]'), /\S/);
    await shows(accountRow('cq-bare').locator('[data-compliance=UNLICENSED]'), 'Unlicensed');
    await shows(accountRow('cq-bare').locator('[data-compliance-remedy]'), /\S/);
    expect(await accountRow('aa-main-r2').locator('[data-compliance]').count()).toBe(0);
    await screenshot('17-accounts-compliance-flags');

    await page
      .getByRole('radiogroup', { name: 'Compliance' })
      .locator('[data-compliance-filter=FULL_LICENCE]')
      .click();
    await accountRow('cq-bare').waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    await accountRow('aa-main-r2').waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    await shows(accountRow('aa-full').locator('[data-compliance]'), 'Full licence');
    expect(await page.locator('[data-compliance-filter=FULL_LICENCE]').getAttribute('aria-checked')).toBe(
      'true',
    );

    await page.locator('[data-compliance-filter=UNLICENSED]').click();
    await accountRow('aa-full').waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    await shows(accountRow('cq-bare').locator('[data-compliance]'), 'Unlicensed');
    await screenshot('18-accounts-compliance-filter');
  });

  it('R13: a term that ends while its seats are assigned shows as a shortfall on the quota page', async () => {
    const contoso = new TenantClient(app, tenantId);
    const term = { endsAt: new Date(Date.now() + 2_000).toISOString(), trial: false };
    expectStatus(await contoso.purchaseWithTerm('CALLING_PLAN', 1, term), 201);
    expectStatus(await contoso.createUser('u-calls'), 201);
    expectStatus(await contoso.assign('u-calls', 'CALLING_PLAN'), 201);
    await eventually('the Calling Plan term to end', async () => {
      const quota = await contoso.quota();
      return Array.isArray(quota.body.shortfalls) && quota.body.shortfalls.length > 0;
    });

    await openPage('Quota');
    await shows(page.locator('[data-shortfall=CALLING_PLAN]'), 'Calling Plan: 1 assigned, 0 held');
    await screenshot('19-quota-shortfall');
  });

  it('raised no script or Content-Security-Policy errors in the page', () => {
    expect(browser.problems).toEqual([]);
  });
});
