import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

/**
 * The admin console driven in a real Chromium (playwright-core), for every browser suite: the
 * console built from its sources, a browser with the settings every suite uses, screenshots in
 * test/artifacts/ (ignored by git), and the waits that say what the page showed instead.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const CONSOLE_SOURCES = path.join(ROOT, 'apps', 'console');
const CONSOLE_DIST = path.join(ROOT, 'dist', 'console');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const CHROMIUM = process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const STEP_TIMEOUT_MS = 15_000;

const AXE_SOURCE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const BUILT_FROM = path.join(CONSOLE_DIST, '.built-from.sha256');

/** A digest of the console's sources: what dist/console was built from, whatever the file times say. */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  const visit = (dir: string): void => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else hash.update(`${path.relative(CONSOLE_SOURCES, full)}\0`).update(fs.readFileSync(full));
    }
  };
  visit(CONSOLE_SOURCES);
  return hash.digest('hex');
}

/** Builds dist/console unless it was built from exactly these sources (one Vite build, about two seconds). */
export function ensureConsoleBuilt(): void {
  const digest = sourcesDigest();
  const built = fs.existsSync(BUILT_FROM) ? fs.readFileSync(BUILT_FROM, 'utf8') : '';
  if (built === digest && fs.existsSync(path.join(CONSOLE_DIST, 'index.html'))) return;
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      path.join(CONSOLE_SOURCES, 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  fs.writeFileSync(BUILT_FROM, digest);
}

/**
 * `describe` when Chromium is installed; otherwise `describe.skip`, said once and loudly: a skipped
 * browser test must not pass for a run that tested nothing.
 */
export function describeInBrowser(suite: string): jest.Describe {
  if (HAS_CHROMIUM) return describe;
  process.stderr.write(
    `\n[${suite}] SKIPPING the browser tests of the admin console: no Chromium at ${CHROMIUM}.\n` +
      '  Install it with: apt-get install -y chromium   (.ci/run does this), or set LEDGER_CHROMIUM.\n\n',
  );
  return describe.skip;
}

/** Fills a datetime-local input; Chromium normalises ":00" seconds away, so those are left out. */
export function localInputValue(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  const minutes = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return date.getUTCSeconds() === 0 ? minutes : `${minutes}:${pad(date.getUTCSeconds())}`;
}

/** One Chromium with one page on the console, for one suite (open in beforeAll, close in afterAll). */
export class ConsoleBrowser {
  /** Script errors and Content-Security-Policy reports the page raised: a suite expects none. */
  readonly problems: string[] = [];
  private readonly screenshots: string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly userDataDir: string,
    readonly baseUrl: string,
  ) {}

  /** Builds the console if its sources changed, and opens Chromium on `baseUrl` (the API serving it). */
  static async open(baseUrl: string): Promise<ConsoleBrowser> {
    ensureConsoleBuilt();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-console-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
      viewport: DESKTOP,
      timezoneId: 'UTC',
      locale: 'en-GB',
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const browser = new ConsoleBrowser(context, page, userDataDir, baseUrl);
    page.on('pageerror', (error) => browser.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Failed API answers are logged by Chromium as errors and are expected here; script and CSP errors are not.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        browser.problems.push(`console: ${message.text()}`);
    });
    return browser;
  }

  async close(): Promise<void> {
    await this.context.close();
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
    if (this.screenshots.length > 0)
      process.stdout.write(
        `Console screenshots:\n${this.screenshots.map((file) => `  ${file}`).join('\n')}\n`,
      );
  }

  /** A full-page screenshot in test/artifacts/<name>.png, taken from the top once layout settled. */
  async screenshot(name: string): Promise<void> {
    // Charts animate nowhere (reduced motion), but fonts and layout settle on the next frame.
    // Evaluated as text: the test program has no DOM types, the page has the DOM. From the top, so
    // the sticky header sits where it belongs in a full-page shot.
    await this.page.evaluate(
      'window.scrollTo(0, 0); new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
    const file = path.join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    this.screenshots.push(path.relative(ROOT, file));
  }

  /** Waits until the locator shows the text (auto-retrying), failing with what it showed instead. */
  async shows(locator: Locator, text: string | RegExp): Promise<void> {
    try {
      await locator.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    } catch (error) {
      const seen = await locator.allInnerTexts().catch(() => []);
      const alerts = await this.page
        .locator('[role=alert]')
        .allInnerTexts()
        .catch(() => []);
      throw new Error(
        `Expected ${String(text)}; saw ${JSON.stringify(seen)}; alerts ${JSON.stringify(alerts)}\n${String(error)}`,
      );
    }
  }

  /** Polls from the test side: the page's CSP (rightly) forbids the string evaluation waitForFunction needs. */
  async eventually(what: string, check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * axe-core's WCAG 2.0 and 2.1 A/AA rules (wcag2a, wcag2aa, wcag21a, wcag21aa) on the page as it stands: the
   * violations, one line each (rule, what it says, the elements). axe is injected as source text
   * through page.evaluate, which the page's Content-Security-Policy allows (an inline script tag
   * it rightly refuses), once per document.
   */
  async axeViolations(): Promise<string[]> {
    const injected = await this.page.evaluate('typeof window.axe === "object"');
    if (injected !== true) await this.page.evaluate(fs.readFileSync(AXE_SOURCE, 'utf8'));
    const result = (await this.page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => ({
        passed: result.passes.length,
        violations: result.violations.map((violation) =>
          violation.id + ': ' + violation.help + ' — ' + violation.nodes.map((node) => node.target.join(' ')).join(', ')),
      }))`,
    )) as { passed: number; violations: string[] };
    // No rule passing means axe checked nothing (an empty page, a failed injection): not a clean bill.
    if (result.passed === 0) throw new Error('axe-core checked no rule on this page');
    return result.violations;
  }

  /** Fails naming each WCAG 2.1 AA violation axe finds on the page, and where it was. */
  async expectAccessible(where: string): Promise<void> {
    const violations = await this.axeViolations();
    if (violations.length > 0) throw new Error(`axe-core on ${where}:\n  ${violations.join('\n  ')}`);
  }

  async saved(summary: string): Promise<void> {
    await this.shows(this.page.locator('.notice--success'), `${summary}: saved`);
  }

  async signIn(token: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.page.locator('textarea[name=token]').fill(token);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async openPage(label: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: label }).click();
    await this.page.getByRole('heading', { level: 1, name: label }).waitFor({ timeout: STEP_TIMEOUT_MS });
  }

  /** A figure of a card (`data-figure`), e.g. "Allocation". */
  figure(name: string): Locator {
    return this.page.locator(`[data-figure="${name}"]`);
  }

  accountRow(accountId: string): Locator {
    return this.page.locator(`tr[data-account-id="${accountId}"]`);
  }
}
