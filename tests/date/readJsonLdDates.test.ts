import { describe, expect, it } from 'vitest';
import { readJsonLdDates } from '../../src/date/readJsonLdDates.js';

const summary = (blocks: string[]) => readJsonLdDates(blocks).map(({ date, kind, evidence }) => `${date.toISOString().slice(0, 10)} ${kind} ${evidence}`);

describe('readJsonLdDates', () => {
  it('puts the article of a @graph before the site, and its publication before its change', () => {
    const block = JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', datePublished: '2009-04-01' },
        { '@type': 'NewsArticle', dateModified: '2023-11-02T08:00:00Z', datePublished: '2023-10-31T11:00:00Z' },
      ],
    });
    expect(summary([block])).toEqual([
      '2023-10-31 published JSON-LD NewsArticle.datePublished',
      '2023-11-02 modified JSON-LD NewsArticle.dateModified',
      '2009-04-01 published JSON-LD WebSite.datePublished',
    ]);
  });

  it('reads a top-level array and an article nested as mainEntity', () => {
    const block = JSON.stringify([{ '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting', datePublished: '2020-03-18' } }]);
    expect(summary([block])).toEqual(['2020-03-18 published JSON-LD BlogPosting.datePublished']);
  });

  it('reads the date fields of a block that is not valid JSON', () => {
    expect(summary(['{"@type": "NewsArticle", "datePublished": "2020-03-18T10:00:00Z",}'])).toEqual(['2020-03-18 published JSON-LD datePublished']);
  });
});
