import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, ConsoleBrowser, describeInBrowser } from './support/console-browser';
import { startOnDemoLedger } from './support/demo-ledger';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';
import type { ApiSchemas } from './support/typed-client';

/**
 * Issue 14, the console's half: the reports page opens with the tenants needing action, then the
 * estate's totals and trend, then every tenant as a searchable, sortable, paged table; a tenant's
 * quota page draws its trend. Driven in Chromium against a real API on a scripted ledger whose
 * instants are set by the test's clock (relative to now, so the console's "last 12 months" holds them).
 */

jest.setTimeout(180_000);

const DAY = 86_400_000;
const NOW = Date.now();
/** tailspin's first purchases, 200 days ago; nothing of it exists before. */
const STARTED = NOW - 200 * DAY;
/** The second activity of tailspin's split swap on aa-1 (R6): broken from this instant. */
const BROKEN_AT = NOW - 100 * DAY;
/** The end of a term of 5 of tailspin's 15 Phone System seats (R13): later points are forecasts without them. */
const TERM_ENDS = NOW + 45 * DAY;
/** Tenants besides the three needing action: enough for two pages of 50. */
const QUIET_TENANTS = 60;

const quietTenant = (n: number): string => `t-${String(n).padStart(3, '0')}`;

describeInBrowser('console-reports.e2e-spec')('reports and trends in Chromium (issue 14)', () => {
  let pinned: number | null = STARTED;
  let app: LedgerTestApp;
  let browser: ConsoleBrowser;
  let page: Page;

  const shows = (locator: Locator, text: string | RegExp): Promise<void> => browser.shows(locator, text);
  const eventually = (what: string, check: () => Promise<boolean>): Promise<void> =>
    browser.eventually(what, check);
  const attentionOrder = (): Promise<(string | null)[]> =>
    page
      .locator('[data-attention-tenant]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-attention-tenant')));
  const tenantRows = (): Promise<(string | null)[]> =>
    page
      .locator('tr[data-tenant-row]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tenant-row')));
  const trend = (tenantId: string): Locator => page.locator(`[data-trend="trend-${tenantId}"]`);

  beforeAll(async () => {
    app = await LedgerTestApp.start({}, undefined, { clock: () => new Date(pinned ?? Date.now()) });

    // tailspin (critical): 10 + 5 Phone System seats (5 on a term), 3 Resource Account seats, two
    // licensed resource accounts, then a split swap on aa-1.
    const tailspin = new TenantClient(app, 'tailspin');
    expectStatus(await tailspin.purchase('PHONE_SYSTEM', 10), 201);
    expectStatus(
      await tailspin.purchaseWithTerm('PHONE_SYSTEM', 5, {
        endsAt: new Date(TERM_ENDS).toISOString(),
        trial: false,
      }),
      201,
    );
    expectStatus(await tailspin.purchase('PHONE_SYSTEM_VIRTUAL_USER', 3), 201);
    await tailspin.licensedResourceAccount('aa-1');
    await tailspin.licensedResourceAccount('cq-2');
    pinned = BROKEN_AT - 60_000;
    expectStatus(await tailspin.unassign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 200);
    pinned = BROKEN_AT;
    expectStatus(await tailspin.assign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);

    // fabrikam (warning): a resource account without a licence (R11). adatum (notice): 24 of 25 free seats held.
    pinned = NOW - 10 * DAY;
    const fabrikam = new TenantClient(app, 'fabrikam');
    expectStatus(await fabrikam.purchase('PHONE_SYSTEM', 1), 201);
    expectStatus(await fabrikam.createResourceAccount('aa-bare'), 201);
    const adatum = new TenantClient(app, 'adatum');
    expectStatus(await adatum.purchase('PHONE_SYSTEM', 1), 201);
    expectStatus(await adatum.purchase('PHONE_SYSTEM_VIRTUAL_USER', 24), 201);
    for (let n = 1; n <= QUIET_TENANTS; n += 1)
      expectStatus(await new TenantClient(app, quietTenant(n)).purchase('PHONE_SYSTEM', n), 201);
    pinned = null;

    browser = await ConsoleBrowser.open(app.baseUrl);
    page = browser.page;
    await browser.signIn(tokens.globalAdmin());
    await page.getByRole('heading', { level: 1, name: 'Choose a tenant' }).waitFor();
    await browser.openPage('Reports');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens with the tenants needing action, worst first, each reason with its message and remedy, then the totals', async () => {
    await page.locator('[data-attention-tenant]').first().waitFor();
    expect(await attentionOrder()).toEqual(['tailspin', 'fabrikam', 'adatum']);
    // The page shows what the API says: its message and remedy, word for word.
    const report = await app.request<ApiSchemas['AttentionReport']>('GET', '/v1/reports/attention', {
      token: tokens.globalAdmin(),
    });
    const broken = report.body.tenants[0]?.reasons.find((reason) => reason.code === 'BROKEN_ACCOUNTS');
    expect(broken).toBeDefined();
    const shown = page.locator('[data-attention-tenant=tailspin] [data-reason=BROKEN_ACCOUNTS]');
    await shows(shown.locator('[data-severity=critical]'), 'Critical');
    await shows(shown, broken?.message ?? '');
    await shows(shown.locator('[data-remedy]'), broken?.remedy ?? '');
    await shows(
      page.locator('[data-attention-tenant=fabrikam] [data-reason=UNLICENSED] [data-remedy]'),
      /\S/,
    );
    await shows(page.locator('[data-attention-tenant=adatum] [data-reason=ALLOCATION_NEARLY_USED]'), /\S/);

    await shows(page.locator('[data-total=tenants]'), /^63$/);
    await shows(page.locator('[data-total=needing-action]'), /^3$/);
    await shows(page.locator('[data-total=broken]'), /^1$/);
    await shows(page.locator('[data-total=non-compliant]'), /^1$/);
    await shows(
      page.locator('[data-total=phone-system-seats]'),
      (15 + 1 + 1 + (QUIET_TENANTS * (QUIET_TENANTS + 1)) / 2).toLocaleString('en-GB'),
    );
    await browser.screenshot('reports-01-attention-first');
  });

  it('searches the tenants table as one types, without a request per keystroke, and keeps the search in the address', async () => {
    // The estate's trend loads once scrolled to (and the search field sits below it): loaded first, so only typing counts.
    await page.locator('[data-trend=estate-trend]').scrollIntoViewIfNeeded();
    await page.locator('[data-trend=estate-trend] .trend__hit').first().waitFor();
    const requests: string[] = [];
    const record = (request: { url: () => string }): void => {
      requests.push(request.url());
    };
    page.on('request', record);
    await page.locator('input[name=tenant-search]').pressSequentially('t-05', { delay: 40 });
    await shows(page.locator('[data-tenant-count]'), 'Tenants 1–10 of 10 matching “t-05”');
    page.off('request', record);
    expect(requests).toEqual([]);
    expect(await tenantRows()).toEqual(Array.from({ length: 10 }, (_, n) => quietTenant(50 + n)));
    expect(new URL(page.url()).searchParams.get('q')).toBe('t-05');
    await page.locator('input[name=tenant-search]').fill('');
    await shows(page.locator('[data-tenant-count]'), 'Tenants 1–50 of 63');
  });

  it('sorts by a column from the keyboard: largest first, then the other way, said by aria-sort', async () => {
    // From the search field, Tab reaches the column heads in order: Tenant, Rulebook, Phone System seats.
    await page.locator('input[name=tenant-search]').focus();
    for (let n = 0; n < 3; n += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement.getAttribute("data-sort")')).toBe(
      'phoneSystemSeats',
    );
    await page.keyboard.press('Enter');
    await eventually(
      'the largest tenant first',
      async () => (await tenantRows())[0] === quietTenant(QUIET_TENANTS),
    );
    expect((await tenantRows()).slice(0, 3)).toEqual([quietTenant(60), quietTenant(59), quietTenant(58)]);
    const head = page.locator('th:has([data-sort=phoneSystemSeats])');
    expect(await head.getAttribute('aria-sort')).toBe('descending');

    await page.keyboard.press('Enter');
    // One seat each: adatum, fabrikam and t-001 tie, in tenant id order.
    await eventually('the smallest tenants first', async () => (await tenantRows())[0] === 'adatum');
    expect((await tenantRows()).slice(0, 3)).toEqual(['adatum', 'fabrikam', quietTenant(1)]);
    expect(await head.getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('phoneSystemSeats');
  });

  it('pages 50 tenants at a time, and a reload shows the same page, sort and rows', async () => {
    expect(await tenantRows()).toHaveLength(50);
    await shows(page.locator('[data-tenant-page]'), 'Page 1 of 2');
    await page
      .getByRole('navigation', { name: 'Tenant pages' })
      .getByRole('button', { name: 'Next →' })
      .click();
    await shows(page.locator('[data-tenant-page]'), 'Page 2 of 2');
    const secondPage = await tenantRows();
    expect(secondPage).toHaveLength(13);
    expect(secondPage.slice(-2)).toEqual([quietTenant(59), quietTenant(60)]);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');

    await page.reload();
    await shows(page.locator('[data-tenant-page]'), 'Page 2 of 2');
    expect(await tenantRows()).toEqual(secondPage);
    expect(await page.locator('th:has([data-sort=phoneSystemSeats])').getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await browser.screenshot('reports-02-tenants-page-2');
  });

  it('reports page: axe-core finds no WCAG 2 A/AA violation', async () => {
    // The estate's trend loads as it nears the screen.
    await page.locator('[data-trend=estate-trend]').scrollIntoViewIfNeeded();
    await page.locator('[data-trend=estate-trend] .trend__hit').first().waitFor();
    await page.locator('[data-attention-tenant]').first().waitFor();
    await browser.expectAccessible('the reports page');
  });

  it('after an outage each report offers Retry, which loads it once the API answers again (issue 16 #6)', async () => {
    await page.route('**/v1/reports/attention*', (route) => route.abort('connectionrefused'));
    await page.reload();
    const outage = page
      .locator('.notice--error[data-error-code]')
      .filter({ hasText: 'Load the tenants needing attention' });
    await browser.shows(outage, 'No answer');
    await page.unroute('**/v1/reports/attention*');
    await outage.getByRole('button', { name: 'Retry' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-attention-tenant]').first().waitFor();
    expect(await outage.count()).toBe(0);
  });

  it("draws the tenant's trend on its quota page: the figures under the cursor, broken 1 from the split swap on", async () => {
    await page.locator('[data-attention-tenant=tailspin] [data-tenant-link=tailspin]').click();
    await page.getByRole('heading', { level: 1, name: 'Quota' }).waitFor();
    const hits = trend('tailspin').locator('.trend__hit');
    await hits.first().waitFor();
    const readout = trend('tailspin').locator('[data-trend-readout]');
    const ats = await hits.evaluateAll((rects) => rects.map((rect) => rect.getAttribute('data-at') ?? ''));
    // The last 12 months, monthly: 12 month ends and now (the last interval clipped to it).
    expect(ats.length).toBeGreaterThanOrEqual(12);
    expect(ats.length).toBeLessThanOrEqual(14);
    for (const [index, at] of ats.entries()) {
      await hits.nth(index).hover();
      await eventually(`the readout of ${at}`, async () => (await readout.getAttribute('data-at')) === at);
      const instant = Date.parse(at);
      await shows(readout.locator('[data-trend-figure=broken]'), instant >= BROKEN_AT ? /^1$/ : /^0$/);
      await shows(
        readout.locator('[data-trend-figure=phoneSystemSeats]'),
        instant >= STARTED ? /^15$/ : /^0$/,
      );
      await shows(readout.locator('[data-trend-figure=allocation]'), instant >= STARTED ? /^26$/ : /^0$/);
    }
    expect(await trend('tailspin').locator('[data-forecast-label]').count()).toBe(0);
    await browser.screenshot('reports-03-quota-trend');
  });

  it('moves between the points with the keyboard: one tab stop, arrows, Home and End', async () => {
    const hits = trend('tailspin').locator('.trend__hit');
    const readout = trend('tailspin').locator('[data-trend-readout]');
    const count = await hits.count();
    // Focus moves on the render after the key: waited for, not read at once.
    const focused = (index: number): Promise<void> =>
      eventually(
        `point ${index} focused`,
        async () =>
          (await page.evaluate<string | null>('document.activeElement.getAttribute("data-point-index")')) ===
          String(index),
      );
    // One point in the tab order: the latest.
    expect(await trend('tailspin').locator('.trend__hit[tabindex="0"]').count()).toBe(1);
    await trend('tailspin').locator('.trend__hit[tabindex="0"]').focus();
    await focused(count - 1);
    await page.keyboard.press('Home');
    await focused(0);
    await shows(readout.locator('[data-trend-figure=broken]'), /^0$/);
    await page.keyboard.press('ArrowRight');
    await focused(1);
    expect(await readout.getAttribute('data-at')).toBe(await hits.nth(1).getAttribute('data-at'));
    await page.keyboard.press('End');
    await focused(count - 1);
    await shows(readout.locator('[data-trend-figure=broken]'), /^1$/);
    // Each point says its figures to a screen reader.
    expect(await hits.nth(count - 1).getAttribute('aria-label')).toMatch(/Broken accounts 1,/);
  });

  it('labels the forecast points of a range reaching into the future: hollow, in a band, "Forecast" in the readout', async () => {
    await trend('tailspin').locator('select[name="trend-tailspin-range"]').selectOption('12m+3m');
    const forecasts = trend('tailspin').locator('.trend__hit[data-forecast=true]');
    await forecasts.first().waitFor();
    await shows(trend('tailspin').locator('[data-forecast-band]'), 'Forecast');
    const readout = trend('tailspin').locator('[data-trend-readout]');
    const ats = await forecasts.evaluateAll((rects) =>
      rects.map((rect) => rect.getAttribute('data-at') ?? ''),
    );
    expect(ats.length).toBeGreaterThanOrEqual(3);
    for (const [index, at] of ats.entries()) {
      expect(Date.parse(at)).toBeGreaterThan(NOW);
      await forecasts.nth(index).hover();
      await eventually(`the readout of ${at}`, async () => (await readout.getAttribute('data-at')) === at);
      await shows(readout.locator('[data-forecast-label]'), 'Forecast');
      // R13: the term's 5 seats stop counting at its end.
      await shows(
        readout.locator('[data-trend-figure=phoneSystemSeats]'),
        Date.parse(at) >= TERM_ENDS ? /^10$/ : /^15$/,
      );
      expect(await forecasts.nth(index).getAttribute('aria-label')).toMatch(/^Forecast for /);
    }
    expect(await trend('tailspin').locator('.trend__marker--forecast').count()).toBeGreaterThan(0);
    await browser.screenshot('reports-04-quota-trend-forecast');
  });

  it("downloads the trend as the API's CSV: one row per point, the same figures", async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('region', { name: 'Over time' })
        .getByRole('button', { name: /Download CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^trend-tailspin-month-.*\.csv$/);
    const rows = parse(fs.readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const ats = await trend('tailspin')
      .locator('.trend__hit')
      .evaluateAll((rects) => rects.map((rect) => rect.getAttribute('data-at')));
    expect(rows.map((row) => row.at)).toEqual(ats);
    for (const row of rows) expect(row.broken).toBe(Date.parse(row.at ?? '') >= BROKEN_AT ? '1' : '0');
  });

  it("follows the tenant's writes: seats bought on the quota page are in the trend's latest point", async () => {
    await trend('tailspin').locator('select[name="trend-tailspin-range"]').selectOption('12m');
    const latest = trend('tailspin').locator('[data-trend-readout] [data-trend-figure=phoneSystemSeats]');
    await shows(latest, /^15$/);
    await page.locator('select[name=sku]').selectOption('PHONE_SYSTEM');
    await page.locator('input[name=quantity]').fill('1');
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await browser.saved('Buy 1 × Teams Phone Standard');
    await shows(latest, /^16$/);
  });

  it('quota page with its chart: axe-core finds no WCAG 2 A/AA violation, the points table unfolded too', async () => {
    await trend('tailspin').locator('.trend__table summary').click();
    await trend('tailspin').locator('.trend__table table').waitFor();
    await browser.expectAccessible('the quota page with its trend chart');
  });

  it('raised no script or Content-Security-Policy errors in the page', () => {
    expect(browser.problems).toEqual([]);
  });
});

describeInBrowser('console-reports.e2e-spec (demo)')(
  'reports and trends on the demo ledger of 300 tenants',
  () => {
    let app: LedgerTestApp;
    let browser: ConsoleBrowser;
    let page: Page;

    beforeAll(async () => {
      app = await startOnDemoLedger(300, 30_000);
      browser = await ConsoleBrowser.open(app.baseUrl);
      page = browser.page;
      await browser.signIn(tokens.globalAdmin());
      await page.getByRole('heading', { level: 1, name: 'Choose a tenant' }).waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    it('shows the attention list, the totals, the estate trend and 50 of the 300 tenants', async () => {
      await browser.openPage('Reports');
      await page.locator('[data-attention-tenant]').first().waitFor();
      await browser.shows(page.locator('[data-total=tenants]'), /^300$/);
      await browser.shows(page.locator('[data-tenant-count]'), 'Tenants 1–50 of 300');
      expect(await page.locator('tr[data-tenant-row]').count()).toBe(50);

      // The attention list comes 20 at a time from the API's pages; the next page goes on worst first.
      const needing = Number(
        (await page.locator('[data-total=needing-action]').innerText()).replace(/\D/g, ''),
      );
      expect(needing).toBeGreaterThan(20);
      expect(await page.locator('[data-attention-tenant]').count()).toBe(20);
      await page.getByRole('button', { name: 'Show 20 more' }).click();
      await browser.eventually(
        'the next page of tenants needing action',
        async () => (await page.locator('[data-attention-tenant]').count()) === Math.min(40, needing),
      );
      const rank = { critical: 0, warning: 1, notice: 2 } as const;
      const severities = await page
        .locator('[data-attention-tenant] > .attention__head [data-severity]')
        .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-severity') ?? ''));
      const ranks = severities.map((severity) => rank[severity as keyof typeof rank]);
      expect(ranks).toHaveLength(Math.min(40, needing));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

      const estate = page.locator('[data-trend=estate-trend]');
      await estate.scrollIntoViewIfNeeded();
      await estate.locator('.trend__hit').first().waitFor();
      await browser.screenshot('reports-300-tenants');
      await estate.locator('.card').screenshot({ path: path.join(ARTIFACTS, 'chart-estate-trend.png') });
    });

    it("draws a tenant's trend on its quota page, a year of months and three months of forecast", async () => {
      const first = await page
        .locator('[data-attention-tenant]')
        .first()
        .getAttribute('data-attention-tenant');
      await page.locator(`[data-attention-tenant="${first}"] [data-tenant-link]`).click();
      await page.getByRole('heading', { level: 1, name: 'Quota' }).waitFor();
      const chart = page.locator(`[data-trend="trend-${first}"]`);
      await chart.locator('select[name$="-range"]').selectOption('12m+3m');
      await chart.locator('.trend__hit[data-forecast=true]').first().waitFor();
      await chart.locator('.trend__hit').nth(6).hover();
      await browser.screenshot('reports-300-quota-trend');
      await chart.locator('.card').screenshot({ path: path.join(ARTIFACTS, 'chart-tenant-trend.png') });
      expect(browser.problems).toEqual([]);
    });
  },
);
