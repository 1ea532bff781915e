import { parseDateValue } from './parseDateValue.js';
import type { DateCandidate, DateKind } from './types.js';

const FIELDS: readonly (readonly [string, DateKind])[] = [
  ['datePublished', 'published'],
  ['dateCreated', 'published'],
  ['uploadDate', 'published'],
  ['dateModified', 'modified'],
];
// A page's JSON-LD often describes the site, its logo and its breadcrumbs beside the article;
// the article's own dates come first.
const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|Blog|Review|Recipe|VideoObject|Podcast|Episode/;

interface Found extends DateCandidate {
  article: boolean;
}

/**
 * The dates in a page's JSON-LD blocks (schema.org `datePublished`, `dateCreated`, `dateModified`),
 * wherever they sit: top level, arrays, `@graph`, nested objects. Dates of article-like types
 * come before those of anything else, published before modified. A block that is not valid JSON
 * (a trailing comma, a stray control character, both common) is read for its date fields alone.
 */
export function readJsonLdDates(blocks: readonly string[]): DateCandidate[] {
  const found: Found[] = [];
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      found.push(...readLoosely(block));
      continue;
    }
    walk(data, found, false);
  }
  const order = (candidate: Found) => (candidate.article ? 0 : 2) + (candidate.kind === 'published' ? 0 : 1);
  // A stable sort keeps the order of the page within each group.
  return found.sort((a, b) => order(a) - order(b)).map(({ date, kind, evidence }) => ({ date, kind, evidence }));
}

function walk(value: unknown, found: Found[], inArticle: boolean): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, found, inArticle);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  const type = [object['@type']].flat().filter((item) => typeof item === 'string').join(',');
  const article = ARTICLE_TYPE.test(type) || (inArticle && type === '');
  for (const [field, kind] of FIELDS) {
    const raw = object[field];
    const date = typeof raw === 'string' ? parseDateValue(raw) : undefined;
    if (date) found.push({ date, kind, evidence: `JSON-LD ${type || 'object'}.${field}`, article });
  }
  for (const [key, child] of Object.entries(object)) if (typeof child === 'object' && key !== '@context') walk(child, found, article);
}

function readLoosely(block: string): Found[] {
  const found: Found[] = [];
  for (const [field, kind] of FIELDS) {
    for (const match of block.matchAll(new RegExp(`"${field}"\\s*:\\s*"([^"]{6,40})"`, 'g'))) {
      const date = parseDateValue(match[1]!);
      if (date) found.push({ date, kind, evidence: `JSON-LD ${field}`, article: true });
    }
  }
  return found;
}
