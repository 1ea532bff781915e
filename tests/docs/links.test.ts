import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { githubSlug, markdownAnchors, markdownLinks } from '../helpers/markdown.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const documents = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Where each relative link of a document leads, and why it does not resolve, if it does not. */
function brokenLinks(document: string): string[] {
  const file = path.join(root, document);
  const problems: string[] = [];
  for (const { target, line } of markdownLinks(readFileSync(file, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, file: are not files of the project
    const [pathPart = '', anchor] = target.split('#', 2);
    const resolved = pathPart === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart));
    const where = `${document}:${line}: ${target}`;
    if (!existsSync(resolved)) {
      problems.push(`${where}: no such file`);
      continue;
    }
    if (anchor !== undefined && resolved.endsWith('.md') && statSync(resolved).isFile() && !markdownAnchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor))) {
      problems.push(`${where}: no heading with that anchor`);
    }
  }
  return problems;
}

describe('the documentation', () => {
  it('has the README and a file per subject in docs/', () => {
    expect(documents).toEqual(expect.arrayContaining(['README.md', 'docs/configuration.md', 'docs/performance.md', 'docs/briefing-json.md']));
  });

  for (const document of documents) {
    it(`${document}: every relative link leads to a file, and every #anchor to a heading`, () => {
      expect(brokenLinks(document)).toEqual([]);
    });
  }

  it('keeps the README short enough to read in five minutes', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(250);
  });
});

describe('githubSlug', () => {
  it('makes anchors as GitHub does', () => {
    expect(githubSlug('Quiet output, colour and the version')).toBe('quiet-output-colour-and-the-version');
    expect(githubSlug('`sources[]` (required)')).toBe('sources-required');
    expect(githubSlug('Why was a line removed? `briefing explain`')).toBe('why-was-a-line-removed-briefing-explain');
    expect(githubSlug('systemd timer instead of a long-running process')).toBe('systemd-timer-instead-of-a-long-running-process');
    expect(githubSlug('Sections (issue 25)')).toBe('sections-issue-25');
    expect(githubSlug('عن هذا التشغيل')).toBe('عن-هذا-التشغيل');
    expect(githubSlug('Fetching & memory: **between** runs')).toBe('fetching--memory-between-runs');
    expect(githubSlug('snake_case stays')).toBe('snake_case-stays');
  });
});

describe('markdownAnchors', () => {
  it('numbers a repeated heading, and ignores headings in code blocks', () => {
    const anchors = markdownAnchors('# Setup\n\n## Setup\n\n```sh\n# not a heading\n```\n<a id="here"></a>\n');
    expect([...anchors]).toEqual(['setup', 'setup-1', 'here']);
  });
});

describe('markdownLinks', () => {
  it('finds links and image sources in prose, not in code', () => {
    const links = markdownLinks('See [a](docs/a.md#x) and <img src="docs/i.png">.\n`[b](nowhere.md)`\n```\n[c](nowhere.md)\n```\n');
    expect(links).toEqual([
      { target: 'docs/a.md#x', line: 1 },
      { target: 'docs/i.png', line: 1 },
    ]);
  });
});
