import { describe, expect, it } from 'vitest';
import { insertSources } from '../../../src/commands/opml/insertSources.js';

const added = [
  { name: 'Hacker News', url: 'https://news.ycombinator.com/rss' },
  { name: 'الجزيرة نت', url: 'https://www.aljazeera.net/rss', topic: 'أخبار' },
];

describe('insertSources', () => {
  it('appends one object per line after sources written one per line, leaving every other byte alone', () => {
    const before = `{
  "$schema": "./sources.schema.json",
  "briefing": { "title": "Morning",   "maxStories": 30 },
  "sources": [
    { "name": "Local", "path": "notes" },
    { "name": "BBC", "url": "https://feeds.bbci.co.uk/news/rss.xml" }
  ],
  "delivery": {"archiveDir":"out"}
}
`;
    expect(insertSources(before, added)).toBe(`{
  "$schema": "./sources.schema.json",
  "briefing": { "title": "Morning",   "maxStories": 30 },
  "sources": [
    { "name": "Local", "path": "notes" },
    { "name": "BBC", "url": "https://feeds.bbci.co.uk/news/rss.xml" },
    { "name": "Hacker News", "url": "https://news.ycombinator.com/rss" },
    { "name": "الجزيرة نت", "url": "https://www.aljazeera.net/rss", "topic": "أخبار" }
  ],
  "delivery": {"archiveDir":"out"}
}
`);
  });

  it('writes one key per line after sources written that way, with tabs and CRLF when the file has them', () => {
    const before = '{\r\n\t"sources": [\r\n\t\t{\r\n\t\t\t"name": "Local",\r\n\t\t\t"path": "notes"\r\n\t\t}\r\n\t]\r\n}\r\n';
    expect(insertSources(before, added.slice(0, 1))).toBe(
      '{\r\n\t"sources": [\r\n\t\t{\r\n\t\t\t"name": "Local",\r\n\t\t\t"path": "notes"\r\n\t\t},\r\n\t\t{\r\n\t\t\t"name": "Hacker News",\r\n\t\t\t"url": "https://news.ycombinator.com/rss"\r\n\t\t}\r\n\t]\r\n}\r\n',
    );
  });

  it('fills an empty array', () => {
    expect(insertSources('{\n  "sources": []\n}\n', added.slice(0, 1))).toBe('{\n  "sources": [\n    { "name": "Hacker News", "url": "https://news.ycombinator.com/rss" }\n  ]\n}\n');
  });

  it('returns the text unchanged when there is nothing to add', () => {
    const text = '{ "sources": [ { "name": "a", "path": "." } ] }';
    expect(insertSources(text, [])).toBe(text);
  });

  it('keeps the result parseable as JSON with the new sources last', () => {
    const before = '{"sources":[{"name":"a","path":"."}],"topics":[]}';
    const after = JSON.parse(insertSources(before, added)) as { sources: unknown[] };
    expect(after.sources).toEqual([{ name: 'a', path: '.' }, ...added]);
  });
});
