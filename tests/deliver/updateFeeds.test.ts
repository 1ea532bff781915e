import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { updateFeeds } from '../../src/deliver/updateFeeds.js';
import { writeArchive } from '../../src/deliver/writeArchive.js';
import type { Briefing } from '../../src/types.js';
import { archiveBriefing } from '../helpers/archiveBriefing.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

/** An archived email as MJML writes it: a hidden preview line and Outlook-only comments around the content. */
function emailOf(briefing: Briefing): string {
  return `<!doctype html><html lang="${briefing.language}" dir="${briefing.dir}"><head><title>${briefing.title}</title><style>p{margin:0}</style></head>
<body style="word-spacing:normal;">
<div style="display:none;font-size:1px;max-height:0px;opacity:0;overflow:hidden;">preview line</div>
<div role="article" lang="${briefing.language}" dir="${briefing.dir}"><!--[if mso | IE]><table><tr><td><![endif]-->
<h1>${briefing.title}</h1><p>Stories of ${briefing.date} &amp; more</p><a href="https://example.org/a?x=1&amp;y=2">link</a>
<!--[if mso | IE]></td></tr></table><![endif]--></div>
</body></html>`;
}

async function archive(dir: string, dates: readonly string[], overrides: Partial<Briefing> = {}, feedBaseUrl?: string): Promise<void> {
  for (const date of dates) {
    const briefing = archiveBriefing({ date, generatedAt: `${date}T07:00:00.000Z`, ...overrides });
    await writeArchive(dir, briefing, { html: emailOf(briefing), text: '' }, feedBaseUrl === undefined ? {} : { feedBaseUrl });
  }
}

const days = (count: number, month = '2026-01') => Array.from({ length: count }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`);

/** Throws unless `xml` is well-formed: saxes is a conforming XML parser, stricter than rss-parser's. */
function checkWellFormed(xml: string): void {
  new SaxesParser({ xmlns: true }).write(xml).close();
}

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a JSON Schema, written from the spec:
// required keys, URL and date formats, and extensions only under keys starting with "_".
const author = { type: 'object', minProperties: 1, properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' }, avatar: { type: 'string', format: 'uri' } }, patternProperties: { '^_': {} }, additionalProperties: false };
const jsonFeedSchema = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string' },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    user_comment: { type: 'string' },
    next_url: { type: 'string', format: 'uri' },
    icon: { type: 'string', format: 'uri' },
    favicon: { type: 'string', format: 'uri' },
    authors: { type: 'array', items: author },
    language: { type: 'string' },
    expired: { type: 'boolean' },
    hubs: { type: 'array', items: { type: 'object', required: ['type', 'url'], properties: { type: { type: 'string' }, url: { type: 'string', format: 'uri' } } } },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
        properties: {
          id: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          external_url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          content_text: { type: 'string' },
          summary: { type: 'string' },
          image: { type: 'string', format: 'uri' },
          banner_image: { type: 'string', format: 'uri' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          authors: { type: 'array', items: author },
          tags: { type: 'array', items: { type: 'string' } },
          language: { type: 'string' },
          attachments: { type: 'array', items: { type: 'object', required: ['url', 'mime_type'] } },
        },
        patternProperties: { '^_': {} },
        additionalProperties: false,
      },
    },
  },
  patternProperties: { '^_': {} },
  additionalProperties: false,
};
// strictRequired would refuse anyOf: [{ required: [...] }] listing keys defined one level up.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validateJsonFeed = ajv.compile(jsonFeedSchema);

interface JsonFeed {
  title: string;
  home_page_url?: string;
  feed_url?: string;
  language: string;
  items: { id: string; url?: string; title: string; content_html: string; date_published: string; language: string }[];
}

async function readFeeds(dir: string) {
  const xml = await readFile(path.join(dir, 'feed.xml'), 'utf8');
  const json = JSON.parse(await readFile(path.join(dir, 'feed.json'), 'utf8')) as JsonFeed;
  return { xml, json, atom: await new Parser().parseString(xml) };
}

describe('updateFeeds', () => {
  it('lists the briefings newest first in feed.xml, which parses back as an Atom feed', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01', '2026-01-03', '2026-01-02']);
    const { xml, atom } = await readFeeds(dir);
    checkWellFormed(xml);
    expect(atom.title).toBe('Daily Briefing');
    expect(atom.items.map((item) => item.title)).toEqual(['Daily Briefing, 2026-01-03', 'Daily Briefing, 2026-01-02', 'Daily Briefing, 2026-01-01']);
    expect(atom.items.map((item) => item.link)).toEqual(['2026-01-03.html', '2026-01-02.html', '2026-01-01.html']);
    expect(atom.items[0]?.isoDate).toBe('2026-01-03T07:00:00.000Z');
    // The email itself, inside its body: no preview line, no Outlook comments, entities intact.
    const content = atom.items[0]?.content ?? '';
    expect(content).toContain('<h1>Daily Briefing</h1><p>Stories of 2026-01-03 &amp; more</p><a href="https://example.org/a?x=1&amp;y=2">link</a>');
    expect(content).toMatch(/^<div role="article" lang="en" dir="ltr">/);
    expect(content).not.toContain('preview line');
    expect(content).not.toContain('[if mso');
    expect(content).not.toContain('<style>');
  });

  it('has what RFC 4287 requires of a feed and of each entry', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01', '2026-01-02']);
    const $ = cheerio.load(await readFile(path.join(dir, 'feed.xml'), 'utf8'), { xml: true });
    const feed = $('feed');
    expect(feed.attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
    expect(feed.children('id').text()).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.children('updated').text()).toBe('2026-01-02T07:00:00.000Z');
    expect(feed.children('author').children('name').text()).toBe('Daily Briefing');
    expect(feed.children('link[rel="self"]').attr('href')).toBe('feed.xml');
    for (const entry of $('entry').toArray()) {
      const children = $(entry).children();
      for (const name of ['id', 'title', 'updated']) expect(children.filter(name)).toHaveLength(1);
      expect(children.filter('updated').text()).toMatch(rfc3339);
      expect(children.filter('id').text()).toMatch(/^urn:uuid:/);
      expect(children.filter('content').attr('type')).toBe('html');
      expect(children.filter('link[rel="alternate"]').attr('href')).toMatch(/^\d{4}-\d\d-\d\d\.html$/);
    }
    const ids = $('entry > id').toArray().map((id) => $(id).text());
    expect(new Set(ids).size).toBe(2);
  });

  it('writes feed.json as a valid JSON Feed 1.1 with the same entries, and no relative URLs', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01', '2026-01-02']);
    const { json, atom } = await readFeeds(dir);
    expect(validateJsonFeed(json), ajv.errorsText(validateJsonFeed.errors)).toBe(true);
    expect(json).not.toHaveProperty('home_page_url');
    expect(json).not.toHaveProperty('feed_url');
    expect(json.items.map((item) => item.id)).toEqual(atom.items.map((item) => String(item.id)));
    expect(json.items.map((item) => item.url)).toEqual([undefined, undefined]);
    expect(json.items[0]).toMatchObject({ title: 'Daily Briefing, 2026-01-02', date_published: '2026-01-02T07:00:00.000Z', language: 'en' });
    expect(json.items[0]?.content_html).toBe(atom.items[0]?.content);
    // The schema does tell: a relative item url, or an item without content, is refused.
    expect(validateJsonFeed({ ...json, items: [{ ...json.items[0], url: '2026-01-02.html' }] })).toBe(false);
    expect(validateJsonFeed({ ...json, items: [{ id: 'x', title: 'no content' }] })).toBe(false);
  });

  it('dates a briefing listed by an older index.json, without generatedAt, by its file', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01', '2026-01-02']);
    const manifest = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as Record<string, unknown>[];
    for (const entry of manifest) delete entry.generatedAt;
    await writeFile(path.join(dir, 'index.json'), JSON.stringify(manifest));
    const { utimes } = await import('node:fs/promises');
    await utimes(path.join(dir, '2026-01-01.html'), new Date('2026-01-01T09:30:00Z'), new Date('2026-01-01T09:30:00Z'));
    await updateFeeds(dir, archiveBriefing({ date: '2026-01-02', generatedAt: '2026-01-02T07:00:00.000Z' }));
    const { json } = await readFeeds(dir);
    expect(json.items.map((item) => item.date_published)).toEqual(['2026-01-02T07:00:00.000Z', '2026-01-01T09:30:00.000Z']);
  });

  it('uses absolute links and names home_page_url and feed_url under delivery.feedBaseUrl', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01'], {}, 'https://news.example.org/briefings');
    const { xml, json, atom } = await readFeeds(dir);
    expect(validateJsonFeed(json), ajv.errorsText(validateJsonFeed.errors)).toBe(true);
    expect(json).toMatchObject({ home_page_url: 'https://news.example.org/briefings/index.html', feed_url: 'https://news.example.org/briefings/feed.json' });
    expect(json.items[0]).toMatchObject({ id: 'https://news.example.org/briefings/2026-01-01.html', url: 'https://news.example.org/briefings/2026-01-01.html' });
    expect(atom.items[0]?.link).toBe('https://news.example.org/briefings/2026-01-01.html');
    expect(atom.items[0]?.id).toBe('https://news.example.org/briefings/2026-01-01.html');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://news.example.org/briefings/feed.xml"/>');
  });

  it('lists only the newest 20 briefings, and keeps their ids from one run to the next', async () => {
    const dir = await makeTempDir();
    await archive(dir, days(22));
    const first = await readFeeds(dir);
    expect(first.atom.items).toHaveLength(20);
    expect(first.json.items).toHaveLength(20);
    expect(first.atom.items.at(-1)?.title).toBe('Daily Briefing, 2026-01-03');
    await archive(dir, ['2026-01-23']);
    const second = await readFeeds(dir);
    expect(second.atom.items[0]?.title).toBe('Daily Briefing, 2026-01-23');
    expect(second.atom.items.slice(1).map((item) => String(item.id))).toEqual(first.atom.items.slice(0, 19).map((item) => String(item.id)));
  });

  it('stays well-formed with an Arabic briefing and characters XML forbids', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01'], { title: 'الموجز <اليومي> & "الأخبار"\u0001', language: 'ar', dir: 'rtl' });
    const { xml, json, atom } = await readFeeds(dir);
    checkWellFormed(xml);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
    expect(atom.title).toBe('الموجز <اليومي> & "الأخبار"');
    expect(atom.items[0]?.content).toMatch(/^<div role="article" lang="ar" dir="rtl">/);
    expect(validateJsonFeed(json)).toBe(true);
    expect(json.language).toBe('ar');
  });

  it('takes an email the last feed.json already holds from it, and reads one written since again', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01', '2026-01-02']);
    const { utimes } = await import('node:fs/promises');
    const at = (iso: string) => new Date(iso);
    for (const date of ['2026-01-01', '2026-01-02']) await utimes(path.join(dir, `${date}.html`), at(`${date}T07:00:00Z`), at(`${date}T07:00:00Z`));
    // The body the feed holds for the oldest email, marked so that a reading of the email shows.
    const feed = JSON.parse(await readFile(path.join(dir, 'feed.json'), 'utf8')) as { items: { content_html: string }[] };
    feed.items[1]!.content_html = '<p>as the feed had it</p>';
    await writeFile(path.join(dir, 'feed.json'), JSON.stringify(feed));
    await utimes(path.join(dir, 'feed.json'), at('2026-01-02T08:00:00Z'), at('2026-01-02T08:00:00Z'));
    await archive(dir, ['2026-01-03']);
    let { json } = await readFeeds(dir);
    expect(json.items.map((item) => item.content_html.includes('as the feed had it'))).toEqual([false, false, true]);
    // Rewritten after that feed.json (a run for that date again): read from the email once more.
    await utimes(path.join(dir, 'feed.json'), at('2026-01-03T08:00:00Z'), at('2026-01-03T08:00:00Z'));
    await utimes(path.join(dir, '2026-01-01.html'), at('2026-01-03T09:00:00Z'), at('2026-01-03T09:00:00Z'));
    await updateFeeds(dir, archiveBriefing({ date: '2026-01-03', generatedAt: '2026-01-03T07:00:00.000Z' }));
    ({ json } = await readFeeds(dir));
    expect(json.items[2]?.content_html).toContain('Stories of 2026-01-01');
  });

  it("takes the briefing's own body from its render when the render gives it", async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01']);
    const briefing = archiveBriefing({ date: '2026-01-02', generatedAt: '2026-01-02T07:00:00.000Z' });
    await writeArchive(dir, briefing, { html: emailOf(briefing), text: '', feedBody: '<p>from the render</p>' });
    const { json } = await readFeeds(dir);
    expect(json.items.map((item) => item.content_html)).toEqual(['<p>from the render</p>', expect.stringContaining('Stories of 2026-01-01')]);
  });

  it('leaves out a date whose HTML is gone, and works without index.json', async () => {
    const dir = await makeTempDir();
    await archive(dir, ['2026-01-01', '2026-01-02', '2026-01-03']);
    await rm(path.join(dir, '2026-01-02.html'));
    await writeFile(path.join(dir, 'index.json'), 'not json');
    await updateFeeds(dir, archiveBriefing({ date: '2026-01-03', generatedAt: '2026-01-03T07:00:00.000Z' }));
    const { atom } = await readFeeds(dir);
    expect(atom.items.map((item) => item.link)).toEqual(['2026-01-03.html', '2026-01-01.html']);
  });
});
