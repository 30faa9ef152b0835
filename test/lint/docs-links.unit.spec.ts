import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The README and docs/ are read by users of the repository, who have nothing outside it: every link
 * must lead to a file of the repository that exists (a relative path, an anchor of a Markdown file
 * there), or to the service a reader runs on their own machine (http://localhost…).
 */

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Files linked before they exist on this branch, each with its reason; remove an entry once the file
 * is on main.
 */
const NOT_YET_HERE: ReadonlyMap<string, string> = new Map();

/** The README and every Markdown file of docs/, relative to the repository root. */
function documents(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs.sort()];
}

/** Markdown without what is not a link: fenced code blocks and inline code. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The targets of inline links and images, and of reference definitions (`[x]: target`). */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const references = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/gm)].map((m) => m[1]);
  const autolinks = [...text.matchAll(/<((?:https?|mailto|ftp):[^>\s]+)>/g)].map((m) => m[1]);
  return [...inline, ...references, ...autolinks];
}

/** GitHub's anchor of each heading of a Markdown text, with -1, -2… for repeats. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutCode(markdown.replace(/`([^`\n]*)`/g, '$1')).matchAll(
    /^#{1,6}\s+(.+?)\s*#*\s*$/gm,
  )) {
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const repeats = seen.get(slug) ?? 0;
    seen.set(slug, repeats + 1);
    anchors.add(repeats === 0 ? slug : `${slug}-${repeats}`);
  }
  return anchors;
}

/** What is wrong with `target`, linked from the repository file `from`; null when nothing is. */
function linkProblem(from: string, target: string, root = ROOT): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') return `${target}: a ${scheme}: link leaves the repository`;
    const host = new URL(target).hostname;
    return host === 'localhost' || host === '127.0.0.1'
      ? null
      : `${target}: a web address outside the repository (only localhost examples are allowed)`;
  }
  if (target.startsWith('/')) return `${target}: an absolute path is not a path of the repository`;
  const [pathPart, anchor] = target.split('#', 2);
  const file =
    pathPart === ''
      ? from
      : path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURI(pathPart)));
  if (file === '..' || file.startsWith('../')) return `${target}: leads outside the repository`;
  if (!fs.existsSync(path.join(root, file)))
    return NOT_YET_HERE.has(file) ? null : `${target}: ${file} does not exist in the repository`;
  if (anchor !== undefined && anchor !== '' && file.endsWith('.md')) {
    const anchors = headingAnchors(fs.readFileSync(path.join(root, file), 'utf8'));
    if (!anchors.has(anchor)) return `${target}: ${file} has no heading #${anchor}`;
  }
  return null;
}

function problemsOf(file: string): string[] {
  return linkTargets(fs.readFileSync(path.join(ROOT, file), 'utf8'))
    .map((target) => linkProblem(file, target))
    .filter((problem): problem is string => problem !== null);
}

describe('links of the README and docs/ stay inside the repository', () => {
  it.each(documents())('%s links only to files of the repository that exist', (file) => {
    expect(problemsOf(file)).toEqual([]);
  });

  it('the README does not link to a file that is not on this branch yet', () => {
    const targets = linkTargets(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    for (const missing of NOT_YET_HERE.keys())
      expect(targets.filter((target) => target.split('#')[0] === missing)).toEqual([]);
  });

  describe('the check itself', () => {
    const from = 'docs/operations.md';

    it('refuses paths outside the repository, absolute paths and web addresses but localhost', () => {
      expect(linkProblem('README.md', '../shared/SPEC.md')).toMatch(/outside the repository/);
      expect(linkProblem(from, '../../ENGINEERING.md')).toMatch(/outside the repository/);
      expect(linkProblem(from, '/etc/passwd')).toMatch(/absolute path/);
      expect(linkProblem(from, 'https://learn.microsoft.com/teams')).toMatch(/web address outside/);
      expect(linkProblem(from, 'mailto:ops@example.com')).toMatch(/mailto: link/);
      expect(linkProblem(from, 'http://localhost:3000/docs')).toBeNull();
      expect(linkProblem(from, 'http://127.0.0.1:3000/docs-json')).toBeNull();
    });

    it('refuses a repository file that does not exist, and an anchor a Markdown file does not have', () => {
      expect(linkProblem(from, 'nowhere.md')).toMatch(/docs\/nowhere\.md does not exist/);
      expect(linkProblem(from, 'architecture.md#no-such-heading')).toMatch(/has no heading/);
      expect(linkProblem(from, 'architecture.md#the-write-path')).toBeNull();
      expect(linkProblem(from, '../README.md#quick-start')).toBeNull();
      expect(linkProblem(from, '#settings')).toBeNull();
      expect(linkProblem(from, '../test/backup.e2e-spec.ts')).toBeNull();
    });

    it('finds inline links, images, references and autolinks, and skips code', () => {
      const markdown = [
        'See [a](a.md) and ![b](img/b.png "B") and <https://example.com/c>.',
        '[d]: ../d.md',
        '`[not](a-link.md)`',
        '```',
        '[neither](inside-a-fence.md)',
        '```',
      ].join('\n');
      expect(linkTargets(markdown)).toEqual(['a.md', 'img/b.png', '../d.md', 'https://example.com/c']);
    });

    it('anchors headings as GitHub does', () => {
      expect([
        ...headingAnchors(
          '# A worked example: LicensePurchased v1 → v2\n## R13 — Subscription terms\n## `backup <dir>`\n## Limits\n## Limits',
        ),
      ]).toEqual([
        'a-worked-example-licensepurchased-v1--v2',
        'r13--subscription-terms',
        'backup-dir',
        'limits',
        'limits-1',
      ]);
    });
  });
});
