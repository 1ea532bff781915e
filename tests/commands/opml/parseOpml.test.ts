import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../src/commands/opml/parseOpml.js';
import { ConfigError } from '../../../src/errors.js';

const fixture = new URL('../../fixtures/opml/subscriptions.opml', import.meta.url);

describe('parseOpml', () => {
  it('reads every feed outline of a feed reader export, in order, with its innermost folder', () => {
    const feeds = parseOpml(readFileSync(fixture, 'utf8'), 'subscriptions.opml');
    expect(feeds).toEqual([
      { name: 'BBC News World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml', folder: 'World', comment: false },
      { name: 'Al Jazeera English', url: 'https://www.aljazeera.com/xml/rss/all.xml', folder: 'World', comment: false },
      { name: 'France 24 – Europe', url: 'https://www.france24.com/en/europe/rss', folder: 'Europe', comment: false },
      { name: 'بي بي سي عربي', url: 'https://feeds.bbci.co.uk/arabic/rss.xml', folder: 'أخبار عربية', comment: false },
      { name: 'الجزيرة نت', url: 'https://www.aljazeera.net/aljazeerarss/a7c186be-1baa-4bd4-9d80-a84db769f779/73d0e1b4-532f-45ef-b135-bfdff8b8cab9', folder: 'أخبار عربية', comment: false },
      { name: 'Ars Technica', url: 'https://feeds.arstechnica.com/arstechnica/index', folder: 'Tech & Science', comment: false },
      { name: 'Old blog', url: 'https://old-blog.example/feed?format=rss&lang=en', folder: 'Tech & Science', comment: true },
      { name: 'Al Jazeera (again)', url: 'http://WWW.aljazeera.com/xml/rss/all.xml/', comment: false },
      { name: 'Hacker News', url: 'https://news.ycombinator.com/rss', comment: false },
      { name: 'A gopher hole', url: 'gopher://gopher.example/1/feed', comment: false },
    ]);
  });

  it('comments out every feed inside a commented-out folder', () => {
    const opml = '<opml version="1.0"><body><outline text="Paused" isComment="true"><outline text="A" xmlUrl="https://a.example/rss"/></outline></body></opml>';
    expect(parseOpml(opml, 'x.opml')).toEqual([{ name: 'A', url: 'https://a.example/rss', folder: 'Paused', comment: true }]);
  });

  it('reads a file with a byte order mark and no feeds', () => {
    expect(parseOpml('\uFEFF<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>', 'x.opml')).toEqual([]);
  });

  it('refuses XML that is not well-formed, naming the file, line and column', () => {
    const broken = '<opml version="2.0">\n<body>\n<outline text="A" xmlUrl="https://a.example/rss">\n</body></opml>';
    const error = catchError(() => parseOpml(broken, '/home/me/feeds.opml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^\/home\/me\/feeds\.opml:4:\d+: .*\(not well-formed XML\)$/);
  });

  it('refuses an unescaped ampersand rather than guessing', () => {
    const error = catchError(() => parseOpml('<opml><body><outline text="R&D" xmlUrl="https://a.example/rss"/></body></opml>', 'x.opml'));
    expect(error).toBeInstanceOf(ConfigError);
  });

  it('refuses a file that is XML but not OPML', () => {
    const error = catchError(() => parseOpml('<rss version="2.0"><channel/></rss>', 'feed.xml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('feed.xml: not an OPML file (its root element is <rss>, not <opml>)');
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
