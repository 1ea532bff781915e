import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/collect/decodeBytes.js';
import { runBriefing } from '../../src/pipeline.js';
import { startFeedServer, type FeedServer, type Route } from '../helpers/feedServer.js';
import { writeTempConfig } from '../helpers/tempConfig.js';

// feedparser's corpus of hostile HTML inside feeds (745 files: script, event handlers, javascript:
// URLs, CSS expressions, embeds, frames, forms, meta refresh …), read in place from ../shared.
const corpus = fileURLToPath(new URL('../../../shared/eval/feeds/feedparser/wellformed/sanitize/', import.meta.url));
const files = existsSync(corpus) ? readdirSync(corpus).filter((file) => file.endsWith('.xml')).sort() : [];
const BATCH = 75;

const FORBIDDEN_ELEMENTS = 'script, style, iframe, frame, frameset, object, embed, applet, form, meta, base, link';
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data|livescript|mocha)\s*:/i;

/** Everything in the email's <body> that could run, load or mislead. */
function hostileMarkup(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  $('body')
    .find(FORBIDDEN_ELEMENTS)
    .each((_, element) => {
      found.push(`<${element.tagName}>`);
    });
  $('body *').each((_, element) => {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'background', 'poster', 'xlink:href'].includes(name) && UNSAFE_URL.test(value)) found.push(`${element.tagName}[${name}=${value}]`);
      if (name === 'style' && /expression\s*\(|url\s*\(\s*['"]?\s*(?:javascript|vbscript|data)/i.test(value)) found.push(`${element.tagName}[style=${value}]`);
    }
  });
  return found;
}

describe.skipIf(files.length === 0)('the feedparser sanitize corpus through a whole briefing', () => {
  let server: FeedServer;

  beforeAll(async () => {
    const routes: Record<string, Route> = {};
    for (const file of files) {
      const bytes = readFileSync(path.join(corpus, file));
      const header = /^Header:\s*([\w-]+):\s*(.*)$/m.exec(decodeBytes(bytes, null).text);
      routes[`/${file}`] = { headers: header ? { [header[1]!.toLowerCase()]: header[2]!.trim() } : { 'content-type': 'application/xml' }, body: bytes };
    }
    server = await startFeedServer(routes);
  });
  afterAll(async () => {
    await server.close();
  });

  it('has all 745 files', () => {
    expect(files).toHaveLength(745);
  });

  const batches = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, index) => files.slice(index * BATCH, (index + 1) * BATCH));
  it.each(batches.map((batch, index) => [index + 1, batch] as const))(
    'batch %i: the email shows its stories and none of the hostile markup',
    async (_number, batch) => {
      const temp = await writeTempConfig({
        briefing: { maxAgeHours: 0, maxStories: 500, maxStoriesPerTopic: 500 },
        sources: batch.map((file) => ({ name: file, url: server.url(`/${file}`) })),
        fetch: { retries: 0 },
      });
      try {
        const { html, briefing } = await runBriefing(temp.config, { date: '2026-11-23', dryRun: true });
        expect(briefing.sources.filter((source) => source.status === 'failed')).toEqual([]);
        expect(hostileMarkup(html)).toEqual([]);
        // What the briefing says about every story reaches the email too: titles are there, as text.
        const $ = cheerio.load(html);
        for (const story of briefing.topics.flatMap((topic) => topic.stories).filter((story) => story.shown)) {
          expect($('body').text()).toContain(story.title.slice(0, 40));
        }
      } finally {
        await temp.cleanup();
      }
    },
    120_000,
  );

  it('finds hostile markup when it is there (the check itself works)', () => {
    expect(hostileMarkup('<html><body><a href=" javascript:alert(1)" onclick="x()">a</a><iframe src="x"></iframe><img src="data:image/svg+xml,..."></body></html>')).toEqual([
      '<iframe>',
      'a[href= javascript:alert(1)]',
      'a[onclick]',
      'img[src=data:image/svg+xml,...]',
    ]);
  });
});
