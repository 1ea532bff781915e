import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPageDate } from '../../src/date/findPageDate.js';
import { readGoldenCases, updatingGoldens, writeGolden } from '../helpers/goldenCases.js';

// The run's time for every golden page: their dates lie before it, and one page states a date after it.
const NOW = new Date('2026-12-07T06:00:00Z');
const cases = readGoldenCases(fileURLToPath(new URL('../fixtures/dates/', import.meta.url)));

describe('findPageDate', () => {
  // Each page is named for the rule it shows: meta-…, jsonld-…, time-…, microdata-…, url-…, text-…
  it.each(cases)('dates the page $name as its golden file says', ({ input, expectedFile, expected }) => {
    const actual = findPageDate(input, { now: NOW }) ?? null;
    if (updatingGoldens() || expected === undefined) writeGolden(expectedFile, actual);
    else expect(actual).toEqual(expected);
  });

  it('takes the day in the address it is given over the one a page declares for itself', () => {
    const page = '<html><head><link rel="canonical" href="https://a.example/2019/01/01/x"></head><body><p>No date.</p></body></html>';
    expect(findPageDate(page, { now: NOW, url: 'https://b.example/news/2020/05/17/story' })).toMatchObject({ published: '2020-05-17T12:00:00.000Z', dateSource: 'url' });
  });

  it('reads a tree the caller has parsed already', async () => {
    const { parseDocument } = await import('htmlparser2');
    const tree = parseDocument('<meta property="article:published_time" content="2024-02-29T10:00:00Z"><p>Leap day.</p>');
    expect(findPageDate(tree, { now: NOW })).toEqual({ published: '2024-02-29T10:00:00.000Z', dateSource: 'page', evidence: 'meta article:published_time' });
  });

  it('prefers a page date stated for machines over a date in the address', () => {
    const page = '<meta name="pubdate" content="2018-03-12T23:30:00-05:00"><p>Story.</p>';
    expect(findPageDate(page, { now: NOW, url: 'https://news.example/2018/03/13/story' })).toMatchObject({ published: '2018-03-13T04:30:00.000Z', dateSource: 'page' });
  });

  it('skips a meta date after the run and takes the next one that is possible', () => {
    const page = '<meta property="article:published_time" content="2027-01-01T00:00:00Z"><meta name="dc.date" content="2026-12-06"><p>Story.</p>';
    expect(findPageDate(page, { now: NOW })).toMatchObject({ published: '2026-12-06T12:00:00.000Z', evidence: 'meta dc.date' });
  });

  it('reads a page of date boxes nested 100,000 deep without running out of stack', () => {
    const page = `${'<div class="date">'.repeat(100_000)}13 March 2018`;
    expect(findPageDate(page, { now: NOW })?.published).toBe('2018-03-13T12:00:00.000Z');
  });

  it('says nothing when every date on the page lies before the web', () => {
    expect(findPageDate('<p>The treaty of 12 March 1989 still holds.</p>', { now: NOW })).toBeUndefined();
  });
});
