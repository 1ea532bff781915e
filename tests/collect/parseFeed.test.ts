import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/collect/parseFeed.js';

const context = { source: 'Test', baseUrl: 'https://news.example/feeds/main.xml' };
const rss = (items: string, root = '<rss version="2.0">') => `${root}<channel><title>T</title>${items}</channel></rss>`;
const atom = (entries: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries}</feed>`;

describe('parseFeed', () => {
  it('resolves relative and root-relative links against the base URL', async () => {
    const { documents } = await parseFeed(rss('<item><title>a</title><link>story/1</link></item><item><title>b</title><link>/2</link></item>'), context);
    expect(documents.map((document) => document.url)).toEqual(['https://news.example/feeds/story/1', 'https://news.example/2']);
  });

  it('uses an http guid as the link when an item has none', async () => {
    const { documents } = await parseFeed(rss('<item><title>a</title><guid>https://news.example/a</guid></item>'), context);
    expect(documents[0]?.url).toBe('https://news.example/a');
  });

  it('drops a javascript: link with a warning and keeps the item', async () => {
    const { documents, warnings } = await parseFeed(rss('<item><title>a</title><link>javascript:alert(1)</link></item>'), context);
    expect(documents).toEqual([{ source: 'Test', title: 'a', body: '', format: 'html' }]);
    expect(warnings).toEqual(['item 1 ("a"): link "javascript:alert(1)" is not an http(s) address, dropped']);
  });

  it('skips an item with no title, link or content and names it', async () => {
    const { documents, warnings } = await parseFeed(rss('<item><title>a</title></item><item><pubDate>Mon, 03 Mar 2025 08:30:00 GMT</pubDate></item>'), context);
    expect(documents).toHaveLength(1);
    expect(warnings).toEqual(['item 2: no title, link or content, skipped']);
  });

  it('keeps an Atom entry with an unreadable date instead of losing the feed', async () => {
    const xml = atom('<entry><title>good</title><updated>2025-03-01T10:00:00Z</updated></entry><entry><title>bad</title><published>31/02/2025 25:61</published></entry>');
    const { documents, warnings } = await parseFeed(xml, context);
    expect(documents.map((document) => [document.title, document.published])).toEqual([
      ['good', '2025-03-01T10:00:00.000Z'],
      ['bad', undefined],
    ]);
    expect(warnings).toEqual(['item 2 ("bad"): unreadable date "31/02/2025 25:61", kept without a date']);
  });

  it('falls back to dc:date when pubDate does not parse', async () => {
    const xml = rss('<item><title>a</title><pubDate>soon</pubDate><dc:date>2025-03-02T12:00:00Z</dc:date></item>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">');
    const { documents, warnings } = await parseFeed(xml, context);
    expect(documents[0]?.published).toBe('2025-03-02T12:00:00.000Z');
    expect(warnings).toEqual([]);
  });

  it('reads <rss> without a version, and without a channel', async () => {
    const noVersion = await parseFeed(rss('<item><title>a</title></item>', '<rss>'), context);
    expect(noVersion.documents.map((document) => document.title)).toEqual(['a']);
    const noChannel = await parseFeed('<rss version="2.0"><item><title>b</title></item></rss>', context);
    expect(noChannel.documents.map((document) => document.title)).toEqual(['b']);
    expect(noChannel.warnings).toEqual([]);
  });

  it('escapes bare ampersands outside CDATA only', async () => {
    const { documents } = await parseFeed(rss('<item><title>R&D</title><description><![CDATA[<p>Q&A &amp; more</p>]]></description></item>'), context);
    expect(documents[0]).toMatchObject({ title: 'R&D', body: '<p>Q&A &amp; more</p>' });
  });

  it('ignores junk before the root element', async () => {
    const { documents } = await parseFeed(`Warning: deprecated in feed.php line 3\n<?xml version="1.0"?>${rss('<item><title>a</title></item>')}`, context);
    expect(documents.map((document) => document.title)).toEqual(['a']);
  });

  it('reads HTML entities and keeps character references', async () => {
    const { documents } = await parseFeed(rss('<item><title>caf&eacute; &#x41;&#66; &amp; co&nbsp;</title></item>'), context);
    expect(documents[0]?.title).toBe('café AB & co');
  });

  it('says an HTML page is not a feed', async () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title></head><body><p>Please sign in</body></html>';
    await expect(parseFeed(page, context)).rejects.toThrow('not an RSS or Atom feed: the address returns an HTML page');
  });

  it('says which element it found when the XML is not a feed', async () => {
    await expect(parseFeed('<?xml version="1.0"?><opml version="2.0"><body/></opml>', context)).rejects.toThrow(
      'not an RSS, Atom or JSON feed: its root element is <opml>',
    );
  });

  it('reads the items of XML that is not well-formed (an unclosed tag, a cut-off end)', async () => {
    const { documents } = await parseFeed('<rss version="2.0">\n<channel><item><title>a</item><item><title>b</title></item></channel></r', context);
    expect(documents.map((document) => document.title)).toEqual(['a', 'b']);
  });

  it('says an empty document is empty', async () => {
    await expect(parseFeed('  \n', context)).rejects.toThrow('the feed is empty (no content at all)');
  });
});
