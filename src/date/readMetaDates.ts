import type { Element } from 'domhandler';
import { parseDateValue } from './parseDateValue.js';
import type { DateCandidate, DateKind } from './types.js';

// Meta tags that state when the article was first published, most trusted first: Open Graph's
// article namespace (https://ogp.me/#type_article), then schema.org microdata, Dublin Core
// (DCMI terms `issued`, `created`, `date`), and the tags of CMSs and analytics (Parse.ly, Sailthru).
const PUBLISHED = [
  'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time', 'article.published',
  'datepublished', 'datecreated', 'date_published', 'publish_date', 'publish-date', 'publishdate', 'published_date',
  'published-date', 'publication_date', 'publication-date', 'pubdate', 'pub_date', 'originalpublicationdate',
  'original-publish-date', 'article_date_original', 'article.created', 'rnews:datepublished', 'bt:pubdate',
  'dcterms.issued', 'dcterms.created', 'dcterms.date', 'dc.date.issued', 'dc.date.created', 'dc.date.published', 'dc.date',
  'dc:date', 'dc:created', 'dc:issued', 'citation_publication_date', 'citation_date', 'prism.publicationdate',
  'parsely-pub-date', 'sailthru.date', 'cxenseparse:recs:publishtime', 'date', 'created', 'displaydate', 'og:pubdate',
];
const MODIFIED = [
  'article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'dcterms.modified', 'dc.date.modified',
  'last-modified', 'lastmod', 'revised', 'updated_time', 'modified', 'article.updated',
];
const RANK = new Map<string, [DateKind, number]>([
  ...PUBLISHED.map((key, index): [string, [DateKind, number]] => [key, ['published', index]]),
  ...MODIFIED.map((key, index): [string, [DateKind, number]] => [key, ['modified', index]]),
]);

/**
 * The dates a page's `<meta>` tags state (name, property, itemprop or http-equiv), published ones
 * before modified ones and each in the order of trust above; Parse.ly's JSON `parsely-page` too.
 */
export function readMetaDates(metas: readonly Element[]): DateCandidate[] {
  const found: (DateCandidate & { rank: number })[] = [];
  for (const meta of metas) {
    const { attribs } = meta;
    const content = attribs.content ?? '';
    for (const key of [attribs.property, attribs.name, attribs.itemprop, attribs['http-equiv']]) {
      if (key === undefined) continue;
      const lower = key.trim().toLowerCase();
      if (lower === 'parsely-page') {
        const date = parselyDate(content);
        if (date) found.push({ date, kind: 'published', evidence: 'meta parsely-page', rank: RANK.get('parsely-pub-date')![1] });
        continue;
      }
      const rank = RANK.get(lower);
      const date = rank && parseDateValue(content);
      if (rank && date) found.push({ date, kind: rank[0], evidence: `meta ${lower}`, rank: rank[1] });
    }
  }
  return found
    .sort((a, b) => (a.kind === b.kind ? a.rank - b.rank : a.kind === 'published' ? -1 : 1))
    .map(({ date, kind, evidence }) => ({ date, kind, evidence }));
}

function parselyDate(content: string): Date | undefined {
  try {
    const page = JSON.parse(content) as { pub_date?: unknown };
    return typeof page.pub_date === 'string' ? parseDateValue(page.pub_date) : undefined;
  } catch {
    return undefined;
  }
}
