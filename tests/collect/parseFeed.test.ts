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

  it('reads a link whose "&" the feed escaped twice as the address it means', async () => {
    const { documents } = await parseFeed(rss('<item><title>a</title><link>https://news.example/article.cfm?c_id=1&amp;amp;objectid=12478055&amp;amp;ref=rss</link></item>'), context);
    expect(documents[0]!.url).toBe('https://news.example/article.cfm?c_id=1&objectid=12478055&ref=rss');
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

describe('parseFeed: categories', () => {
  const categoriesOf = async (xml: string) => (await parseFeed(xml, context)).documents.map((document) => document.categories);

  it('reads every RSS 2.0 <category>, ignoring its domain and cleaning markup, empties and repeats', async () => {
    const item = `<item><title>Derby tonight</title>
      <category domain="https://news.example/taxonomy">Sports</category>
      <category><![CDATA[<b>Football</b> &amp; more]]></category>
      <category>&lt;i&gt;Local&lt;/i&gt;   news</category>
      <category><em>Weekend</em><script>alert(1)</script></category>
      <category>  </category><category/><category>SPORTS</category>
    </item>`;
    expect(await categoriesOf(rss(item))).toEqual([['Sports', 'Football & more', 'Local news', 'Weekend']]);
  });

  it('leaves categories out of an item that has none, rather than giving an empty list', async () => {
    const { documents } = await parseFeed(rss('<item><title>a</title></item><item><title>b</title><category> </category></item>'), context);
    expect(documents.map((document) => 'categories' in document)).toEqual([false, false]);
  });

  it('keeps twenty of a thousand categories, each cut to a hundred characters', async () => {
    const many = Array.from({ length: 1000 }, (_, index) => `<category>Tag ${index} ${'long '.repeat(index === 0 ? 100 : 0)}</category>`).join('');
    const [categories] = await categoriesOf(rss(`<item><title>a</title>${many}</item>`));
    expect(categories).toHaveLength(20);
    expect(categories?.[0]).toHaveLength(100);
    expect(categories?.[19]).toBe('Tag 19');
  });

  it('reads RSS 1.0 dc:subject, also as an rdf:Bag', async () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.example/"><title>T</title></channel>
      <item rdf:about="https://news.example/1"><title>a</title><link>https://news.example/1</link><dc:subject>Science</dc:subject><dc:subject>Space</dc:subject></item>
      <item rdf:about="https://news.example/2"><title>b</title><link>https://news.example/2</link><dc:subject><rdf:Bag><rdf:li>Health</rdf:li><rdf:li>Science</rdf:li></rdf:Bag></dc:subject></item>
    </rdf:RDF>`;
    expect(await categoriesOf(rdf)).toEqual([['Science', 'Space'], ['Health', 'Science']]);
  });

  it('reads Atom categories: the label before the term, a tag address as its last segment, identifiers dropped', async () => {
    const entry = `<entry><title>Rates rise</title>
      <category term="biz" label="Business &amp; Money"/>
      <category term="economy" scheme="https://news.example/sections"/>
      <category term="https://news.example/tag/interest-rates/"/>
      <category term="http://schemas.google.com/blogger/2008/kind#post" scheme="http://schemas.google.com/g/2005#kind"/>
      <category term="" label="  "/>
    </entry>`;
    expect(await categoriesOf(atom(entry))).toEqual([['Business & Money', 'economy', 'interest rates']]);
  });

  it('ignores Media RSS and iTunes categories, which are not the item\'s own', async () => {
    const root = '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">';
    const item = '<item><title>a</title><media:category>Entertainment</media:category><itunes:category text="Comedy"/><category>News</category></item>';
    expect(await categoriesOf(rss(item, root))).toEqual([['News']]);
  });
});
