import { parseDocument } from 'htmlparser2';
import { getElementsByTagName } from 'domutils';
import { describe, expect, it } from 'vitest';
import { readMetaDates } from '../../src/date/readMetaDates.js';

const evidenceOf = (head: string) => readMetaDates(getElementsByTagName('meta', parseDocument(head))).map(({ kind, evidence }) => `${kind} ${evidence}`);

describe('readMetaDates', () => {
  it('lists publication dates before modification dates, whatever their order on the page', () => {
    const head = '<meta property="og:updated_time" content="2024-05-09T16:20:00Z"><meta name="dc.date" content="2024-05-01"><meta property="article:published_time" content="2024-05-02T07:45:00Z">';
    expect(evidenceOf(head)).toEqual(['published meta article:published_time', 'published meta dc.date', 'modified meta og:updated_time']);
  });

  it('reads names in any case, itemprop and http-equiv as well as name and property', () => {
    const head = '<meta NAME="DC.Date.Issued" content="2019-05-02"><meta itemprop="datePublished" content="2019-05-03"><meta http-equiv="last-modified" content="2019-05-04">';
    expect(evidenceOf(head)).toEqual(['published meta datepublished', 'published meta dc.date.issued', 'modified meta last-modified']);
  });

  it('ignores meta tags that are not dates', () => {
    expect(evidenceOf('<meta name="description" content="13 March 2018"><meta name="date" content="soon">')).toEqual([]);
  });
});
