import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourcesExportCommand } from '../../src/commands/sourcesExportCommand.js';
import { sourcesImportCommand } from '../../src/commands/sourcesImportCommand.js';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();
const fixture = fileURLToPath(new URL('../fixtures/opml/subscriptions.opml', import.meta.url));

const CONFIG = `{
  "$schema": "./sources.schema.json",
  "briefing": { "title": "Morning Briefing", "maxStories": 30 },
  "sources": [
    { "name": "Local notes", "path": "notes" },
    { "name": "BBC News World", "url": "https://feeds.bbci.co.uk/news/world/rss.xml" }
  ],
  "topics": [ { "name": "Climate", "keywords": ["flood"] } ]
}
`;

async function importInto(config: string, options: { foldersAsTopics?: boolean; dryRun?: boolean } = {}, opml = fixture) {
  let out = '';
  const code = await sourcesImportCommand(opml, { config, ...options }, (text) => (out += text));
  return { code, out };
}

describe('sourcesImportCommand', () => {
  it('appends the feeds of an OPML file, reports duplicates and non-feeds, and keeps the rest of the file as written', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'sources.json');
    await writeFile(config, CONFIG);
    const { code, out } = await importInto(config);
    expect(code).toBe(0);
    const after = await readFile(config, 'utf8');
    // Everything before the last old source and after the array is untouched.
    const cut = CONFIG.indexOf('\n  ],');
    expect(after.startsWith(CONFIG.slice(0, cut))).toBe(true);
    expect(after.endsWith(CONFIG.slice(cut))).toBe(true);
    expect(after).toContain('\n    { "name": "Hacker News", "url": "https://news.ycombinator.com/rss" }\n');
    const { config: loaded } = await loadConfig(config);
    expect(loaded.sources.map((source) => source.name)).toEqual([
      'Local notes',
      'BBC News World',
      'Al Jazeera English',
      'France 24 – Europe',
      'بي بي سي عربي',
      'الجزيرة نت',
      'Ars Technica',
      'Old blog',
      'Hacker News',
    ]);
    expect(loaded.sources.find((source) => source.name === 'Old blog')).toMatchObject({ enabled: false, url: 'https://old-blog.example/feed?format=rss&lang=en' });
    // Without --folders-as-topics, folders are not topics.
    expect(loaded.sources.some((source) => source.topic !== undefined)).toBe(false);
    expect(out).toMatch(/^Added 7 of 10 feed\(s\) from subscriptions\.opml to /);
    expect(out).toContain('= BBC News World  https://feeds.bbci.co.uk/news/world/rss.xml: already in the config as "BBC News World"');
    expect(out).toContain('= Al Jazeera (again)  http://WWW.aljazeera.com/xml/rss/all.xml/: listed twice in subscriptions.opml (first as "Al Jazeera English")');
    expect(out).toContain('= A gopher hole  gopher://gopher.example/1/feed: not an http(s) address');
  });

  it('gives each feed its folder as topic with --folders-as-topics', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'sources.json');
    await writeFile(config, CONFIG);
    await importInto(config, { foldersAsTopics: true });
    const { config: loaded } = await loadConfig(config);
    const topicOf = Object.fromEntries(loaded.sources.map((source) => [source.name, source.topic]));
    expect(topicOf).toMatchObject({ 'Al Jazeera English': 'World', 'France 24 – Europe': 'Europe', 'الجزيرة نت': 'أخبار عربية', 'Ars Technica': 'Tech & Science', 'Hacker News': undefined });
  });

  it('imports nothing twice when run again', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'sources.json');
    await writeFile(config, CONFIG);
    await importInto(config);
    const once = await readFile(config, 'utf8');
    const { out } = await importInto(config);
    expect(await readFile(config, 'utf8')).toBe(once);
    expect(out).toMatch(/^Added 0 of 10 feed\(s\)/);
  });

  it('gives a feed whose name is taken by another source a name of its own', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'sources.json');
    await writeFile(config, '{ "sources": [ { "name": "Hacker News", "path": "hn" } ] }\n');
    await importInto(config);
    const { config: loaded } = await loadConfig(config);
    expect(loaded.sources.find((source) => source.url === 'https://news.ycombinator.com/rss')?.name).toBe('Hacker News (news.ycombinator.com)');
  });

  it('writes nothing with --dry-run', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'sources.json');
    await writeFile(config, CONFIG);
    const { out } = await importInto(config, { dryRun: true });
    expect(await readFile(config, 'utf8')).toBe(CONFIG);
    expect(out).toMatch(/^Would add 7 of 10 feed\(s\) .*\(--dry-run: nothing written\)/);
  });

  it('starts a config when there is none', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'new', 'sources.json');
    await importInto(config);
    const { config: loaded } = await loadConfig(config);
    expect(loaded.sources).toHaveLength(8);
  });

  it('refuses to touch a config that is already invalid, and an OPML file that is not well-formed', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'sources.json');
    await writeFile(config, '{ "sources": [ { "name": "x", "url": "ftp://x" } ] }');
    await expect(importInto(config)).rejects.toThrow(ConfigError);
    await expect(importInto(config)).rejects.toThrow(/sources\[0\]\.url:/);
    await writeFile(config, CONFIG);
    const broken = path.join(dir, 'broken.opml');
    await writeFile(broken, '<opml><body><outline text="A" xmlUrl="https://a.example/rss"></body></opml>');
    await expect(importInto(config, {}, broken)).rejects.toThrow(/broken\.opml:1:\d+: /);
    await expect(importInto(config, {}, path.join(dir, 'missing.opml'))).rejects.toThrow(/cannot read the OPML file .*missing\.opml: no such file/);
    expect(await readFile(config, 'utf8')).toBe(CONFIG);
    expect(existsSync(path.join(dir, 'missing.opml'))).toBe(false);
  });
});

describe('sources export → import', () => {
  it('gives back the same feed sources: names, addresses, topics and disabled ones', async () => {
    const dir = await makeTempDir();
    const original = path.join(dir, 'sources.json');
    const sources = [
      { name: 'Local notes', path: 'notes' },
      { name: 'BBC News World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml', topic: 'World' },
      { name: 'Al Jazeera English', url: 'https://www.aljazeera.com/xml/rss/all.xml', topic: 'World' },
      { name: 'بي بي سي عربي', url: 'https://feeds.bbci.co.uk/arabic/rss.xml', topic: 'أخبار عربية' },
      { name: 'Hacker News', url: 'https://news.ycombinator.com/rss' },
      { name: 'R&D "weekly" <digest>', url: 'https://rd.example/feed?format=rss&lang=en', topic: 'Tech & Science', enabled: false },
    ];
    await writeFile(original, JSON.stringify({ briefing: { title: 'الموجز' }, sources }, null, 2));

    let opml = '';
    let notes = '';
    await sourcesExportCommand({ config: original }, { out: (text) => (opml += text), err: (text) => (notes += text), now: () => new Date('2026-11-23T07:00:00Z') });
    expect(opml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<opml version="2\.0">\n {2}<head>\n {4}<title>الموجز<\/title>\n {4}<dateCreated>Mon, 23 Nov 2026 07:00:00 GMT<\/dateCreated>/);
    expect(notes).toBe('Left out 1 local source(s), since OPML lists feeds: Local notes\n');
    const opmlFile = path.join(dir, 'exported.opml');
    await writeFile(opmlFile, opml);

    const copy = path.join(dir, 'copy', 'sources.json');
    await importInto(copy, { foldersAsTopics: true }, opmlFile);
    const { config: imported } = await loadConfig(copy);
    const { config: exported } = await loadConfig(original);
    const feeds = exported.sources.filter((source) => source.url !== undefined);
    expect(imported.sources).toEqual(feeds);
  });

  it('writes the OPML to a file with --out', async () => {
    const dir = await makeTempDir();
    const config = path.join(dir, 'sources.json');
    await writeFile(config, CONFIG);
    let notes = '';
    await sourcesExportCommand({ config, out: path.join(dir, 'feeds.opml') }, { out: () => undefined, err: (text) => (notes += text), now: () => new Date() });
    expect(await readFile(path.join(dir, 'feeds.opml'), 'utf8')).toContain('<outline type="rss" text="BBC News World" title="BBC News World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>');
    expect(notes).toMatch(/^Wrote 1 feed\(s\) to .*feeds\.opml\n/);
  });
});
