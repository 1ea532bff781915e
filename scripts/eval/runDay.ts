import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { runBriefing } from '../../src/pipeline.js';
import type { RunResult } from '../../src/pipeline.js';
import type { Briefing } from '../../src/types.js';

export interface DayFeed {
  name: string;
  /** The feed's XML. */
  xml: string;
}

/**
 * Runs one whole briefing, as `briefing run --dry-run` would, over feeds served from a real HTTP
 * server on 127.0.0.1: the evaluations measure what a reader gets, not what one function returns.
 */
export async function runDay(feeds: readonly DayFeed[], briefing: Record<string, unknown> = {}): Promise<Briefing> {
  return (await runDayWhole(feeds, briefing)).briefing;
}

/** {@link runDay}, with the email it renders; `date` makes the run as of the end of that day. */
export async function runDayWhole(feeds: readonly DayFeed[], briefing: Record<string, unknown> = {}, date?: string): Promise<RunResult> {
  const bodies = new Map(feeds.map((feed, index) => [`/feed-${index}.xml`, feed.xml]));
  const server = createServer((request, response) => {
    const body = bodies.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const dir = await mkdtemp(path.join(tmpdir(), 'briefing-eval-'));
  try {
    const file = path.join(dir, 'sources.json');
    const sources = feeds.map((feed, index) => ({ name: feed.name, url: `http://127.0.0.1:${port}/feed-${index}.xml`, maxItems: 5000 }));
    await writeFile(file, JSON.stringify({ briefing: { maxAgeHours: 0, maxStories: 500, maxStoriesPerTopic: 500, ...briefing }, sources, fetch: { deadlineSeconds: 600 } }));
    const { config } = await loadConfig(file);
    return await runBriefing(config, { dryRun: true, ...(date ? { date } : {}) });
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** An RSS 2.0 feed of the given items; only the fields given are written. */
export function rssOf(title: string, items: readonly { title: string; link: string; description?: string; published?: string; category?: string }[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = items.map(
    (item) =>
      `<item><title>${escape(item.title)}</title><link>${escape(item.link)}</link>` +
      (item.description ? `<description>${escape(item.description)}</description>` : '') +
      (item.published ? `<pubDate>${new Date(item.published).toUTCString()}</pubDate>` : '') +
      (item.category ? `<category>${escape(item.category)}</category>` : '') +
      '</item>',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escape(title)}</title><link>https://example.invalid/</link>${entries.join('')}</channel></rss>`;
}

/** Every article link in the briefing → the id of its story, counting folded copies. */
export function storyOfLink(briefing: Briefing): Map<string, string> {
  const labels = new Map<string, string>();
  for (const topic of briefing.topics) {
    for (const story of topic.stories) {
      for (const article of story.articles) {
        labels.set(new URL(article.url).href, story.id);
        for (const copy of article.duplicates ?? []) labels.set(new URL(copy.url).href, story.id);
      }
    }
  }
  return labels;
}
