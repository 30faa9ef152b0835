import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = path.resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/**
 * WCAG 2.0/2.1 A and AA violations axe-core finds on the page as it is now, one line each (rule,
 * impact, the first offending elements): a suite expects none. axe is injected as text: the
 * console's Content-Security-Policy allows no script but its own, and this is the test's, not the page's.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate<string[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) =>
      result.violations.map((violation) =>
        violation.id + ' (' + violation.impact + '): ' + violation.help + ' — ' +
        violation.nodes.slice(0, 3).map((node) => node.target.join(' ') + ' ' + node.failureSummary).join(' | ')))`,
  );
}
