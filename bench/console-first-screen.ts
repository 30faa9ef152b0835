/**
 * How long the console's reports page takes to render its first screen with 10,000 demo tenants
 * (issue 14: within 1 s in Chromium). Not a test and not part of `npm run bench`: it prints numbers
 * and asserts nothing. Run from the repository root (Chromium at /usr/bin/chromium or LEDGER_CHROMIUM):
 *
 *   node -r @swc-node/register bench/console-first-screen.ts [tenants] [loads]
 *
 * It writes the CLI's demo ledger (20 events a tenant) into a temp dir, starts the API on it with
 * its projections caught up, signs in as a global admin, then loads /reports `loads` times (default 5)
 * and reports, per load, from the start of the navigation (the page's own `performance.now()`):
 * when the first entry of the attention list was on screen, when the estate's totals and the
 * first page of the tenants table were (the whole first screen), and the reports' sizes; then the
 * estate's trend (below the first screen, loaded when scrolled to) alone, over HTTP.
 */
import { ConsoleBrowser } from '../test/support/console-browser';
import { signInOnReports } from '../test/support/sign-in-on-reports';
import { startOnDemoLedger } from '../test/support/demo-ledger';
import { tokens } from '../test/support/tokens';

const tenants = Number(process.argv[2] ?? 10_000);
const loads = Number(process.argv[3] ?? 5);

/**
 * Milliseconds since the navigation started, read in the page at the first animation frame each
 * selector is in the document. Installed before the page's own scripts run (an init script).
 */
const FIRST_SCREEN = `window.__firstScreen = new Promise((resolve) => {
  const marks = {};
  const wanted = { attention: '[data-attention-tenant]', totals: '[data-total=phone-system-seats]', table: 'tr[data-tenant-row]' };
  const look = () => {
    for (const [name, selector] of Object.entries(wanted)) if (marks[name] === undefined && document.querySelector(selector)) marks[name] = performance.now();
    if (Object.keys(marks).length === Object.keys(wanted).length) {
      const sizes = Object.fromEntries(performance.getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/v1/reports/'))
        .map((entry) => [new URL(entry.name).pathname, { kB: Math.round(entry.encodedBodySize / 1024), ms: Math.round(entry.duration), end: Math.round(entry.responseEnd) }]));
      resolve({ ...marks, rows: document.querySelectorAll('tr[data-tenant-row]').length, sizes });
    } else requestAnimationFrame(look);
  };
  look();
})`;

interface FirstScreen {
  readonly attention: number;
  readonly totals: number;
  readonly table: number;
  readonly rows: number;
  /** Per report: its size, how long it took, and when its last byte arrived (ms since the navigation started). */
  readonly sizes: Record<string, { kB: number; ms: number; end: number }>;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const started = Date.now();
  const app = await startOnDemoLedger(tenants, 20 * tenants);
  process.stdout.write(`demo ledger of ${tenants} tenants written and projected in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  const browser = await ConsoleBrowser.open(app.baseUrl);
  try {
    await signInOnReports(browser, tokens.globalAdmin());
    await browser.page.addInitScript(FIRST_SCREEN);
    const runs: FirstScreen[] = [];
    for (let load = 0; load < loads; load += 1) {
      await browser.page.goto(`${app.baseUrl}/reports`);
      const run = await browser.page.evaluate<FirstScreen>('window.__firstScreen');
      runs.push(run);
      process.stdout.write(
        `load ${load + 1}: attention list ${run.attention.toFixed(0)} ms, totals ${run.totals.toFixed(0)} ms, ` +
          `first page of the table ${run.table.toFixed(0)} ms (${run.rows} rows); reports ${JSON.stringify(run.sizes)}\n`,
      );
    }
    const whole = runs.map((run) => Math.max(run.attention, run.totals, run.table));
    // What the console itself adds: from the last of the three answers to the whole first screen on it.
    const ownWork = runs.map((run) => Math.max(run.attention, run.totals, run.table) - Math.max(...Object.values(run.sizes).map((size) => size.end)));
    process.stdout.write(
      `first screen (attention list, totals and 50 table rows all on screen), median of ${loads}: ${median(whole).toFixed(0)} ms ` +
        `(attention list alone: ${median(runs.map((run) => run.attention)).toFixed(0)} ms; ` +
        `after the last of the three answers arrived: ${median(ownWork).toFixed(0)} ms)\n`,
    );
    // Each read of the page alone, over HTTP; the estate's trend is below the first screen and loads when scrolled to.
    const to = new Date();
    const from = new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate()));
    for (const url of [
      '/v1/reports/attention?limit=20&format=json',
      '/v1/reports/quota?format=json',
      '/v1/reports/broken-accounts?format=json',
      `/v1/reports/trend?from=${from.toISOString()}&to=${to.toISOString()}&interval=month`,
    ]) {
      const asked = performance.now();
      const answer = await fetch(`${app.baseUrl}${url}`, { headers: { Authorization: `Bearer ${tokens.globalAdmin()}` } });
      await answer.arrayBuffer();
      process.stdout.write(`GET ${url.split('?')[0]} alone: HTTP ${answer.status} in ${(performance.now() - asked).toFixed(0)} ms\n`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
