import { STEP_TIMEOUT_MS, type ConsoleBrowser } from './console-browser';

/**
 * Signs in straight onto the reports page, past the tenant chooser the sign-in form leads a global
 * admin to: that page draws a gauge per tenant, which 10,000 tenants make too slow to wait for.
 * The token goes where the sign-in form keeps it (the tab's sessionStorage).
 */
export async function signInOnReports(browser: ConsoleBrowser, token: string): Promise<void> {
  await browser.page.goto(`${browser.baseUrl}/`);
  await browser.page.evaluate(`sessionStorage.setItem('ledger-console.token', ${JSON.stringify(token)})`);
  await browser.page.goto(`${browser.baseUrl}/reports`);
  await browser.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor({ timeout: STEP_TIMEOUT_MS });
}
