import { describe, expect, it } from 'vitest';
import { readUrlDate } from '../../src/date/readUrlDate.js';

const day = (url: string) => readUrlDate(url)?.toISOString().slice(0, 10);

describe('readUrlDate', () => {
  it.each([
    ['https://www.example.com/2018/03/13/heat-record/', '2018-03-13'],
    ['https://example.com/news/2018-03-13-heat-record', '2018-03-13'],
    ['http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm', '2012-06-04'],
    ['https://example.com/story_20180313_heat.html', '2018-03-13'],
    ['https://web.archive.org/web/20120611024252/http://example.com/news/2012-06/04/x.htm', '2012-06-04'],
    ['/2018/03/13/a-relative-canonical-link', '2018-03-13'],
  ])('reads the day in %s', (url, expected) => {
    expect(day(url)).toBe(expected);
  });

  it.each([
    ['a month without a day', 'https://blog.example.com/2018/08/roadtrip.html'],
    ['an article number', 'https://example.com/a/1493663910'],
    ['a snapshot time of an archive', 'https://web.archive.org/web/20120611024252/http://example.com/news/x.htm'],
    ['no address at all', 'http://'],
  ])('finds no day in %s', (_what, url) => {
    expect(day(url)).toBeUndefined();
  });
});
