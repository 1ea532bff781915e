import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing, type RunResult } from '../../src/pipeline.js';
import type { Story } from '../../src/types.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

// Issue 25: a morning of feeds served on 127.0.0.1, filed under sections and one configured topic.
const NOW = new Date('2026-11-23T07:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toUTCString();

interface Item {
  title: string;
  link: string;
  description: string;
  categories?: string[];
}

function rss(items: readonly Item[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const item = (entry: Item, index: number) =>
    `<item><title>${escape(entry.title)}</title><link>${entry.link}</link><description>${escape(entry.description)}</description>` +
    `${(entry.categories ?? []).map((category) => `<category>${escape(category)}</category>`).join('')}<pubDate>${hoursAgo(index + 1)}</pubDate></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.com/</link>${items.map(item).join('')}</channel></rss>`;
}

const feeds: Record<string, Item[]> = {
  // A general feed whose items carry their own section categories, one of them a path.
  '/ledger.xml': [
    { title: 'Harbour bridge reopens after two years of repairs', link: 'https://ledger.example/bridge', description: 'Traffic crossed the bridge again on Monday morning.', categories: ['Arts & Culture'] },
    { title: 'Central bank holds rates steady', link: 'https://ledger.example/rates', description: 'The bank kept its main rate at 4 percent, citing slowing inflation.', categories: ['news/business/economy'] },
  ],
  // An Arabic feed without categories: its words decide.
  '/arabic.xml': [
    { title: 'الهلال يفوز على النصر بهدفين في ديربي الرياض', link: 'https://arabic.example/derby', description: 'حقق الهلال فوزا ثمينا على النصر في المباراة التي جمعتهما ضمن الجولة العشرين من دوري روشن للمحترفين.' },
    { title: 'أسعار النفط ترتفع مع تراجع مخزونات الخام', link: 'https://arabic.example/oil', description: 'ارتفعت أسعار النفط بعد تراجع مخزونات الخام، وصعدت العقود الآجلة لخام برنت إلى 84 دولارا للبرميل.' },
  ],
  // A source that says what it carries.
  '/kickoff.xml': [{ title: 'A quiet day at the training ground', link: 'https://kickoff.example/quiet', description: 'Nothing much happened, and tomorrow looks the same.' }],
  // Iran in the headline of one story, and only in the third sentence of a Ukraine teaser.
  '/wire.xml': [
    { title: 'Iranian drones strike a tanker in the Gulf of Oman', link: 'https://wire.example/tanker', description: 'A tanker was hit by two drones off the coast of Oman. Nobody was hurt.' },
    {
      title: 'Russian strikes hit Ukrainian port of Odesa',
      link: 'https://wire.example/odesa',
      description: 'Russian missiles struck the port of Odesa overnight. Two grain silos burned. The drones used were of a design first made in Iran.',
    },
  ],
};

describe('sections of a morning of feeds', () => {
  let server: FeedServer;
  let temp: TempConfig;
  let result: RunResult;
  const stories = () => result.briefing.topics.flatMap((topic) => topic.stories);
  const storyOf = (link: string): Story => stories().find((story) => story.articles.some((article) => article.url === link))!;

  beforeAll(async () => {
    server = await startFeedServer(Object.fromEntries(Object.entries(feeds).map(([path, items]) => [path, { headers: { 'content-type': 'application/rss+xml' }, body: rss(items) }])));
    temp = await writeTempConfig({
      briefing: { title: 'Morning', language: 'ar', topStories: 0, sections: ['world', 'sports', 'business', 'culture', 'other'] },
      sources: [
        { name: 'Ledger', url: server.url('/ledger.xml') },
        { name: 'Arabic', url: server.url('/arabic.xml') },
        { name: 'Kickoff', url: server.url('/kickoff.xml'), section: 'sports' },
        { name: 'Wire', url: server.url('/wire.xml') },
      ],
      topics: [{ name: 'الشرق الأوسط', keywords: ['Iran', 'إيران'] }],
    });
    result = await runBriefing(temp.config, { dryRun: true }, { now: () => NOW });
  });

  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  it("files each story by the strongest signal: the source's section, the feed's category, then the words", () => {
    expect(storyOf('https://kickoff.example/quiet')).toMatchObject({ section: 'sports', sectionReason: { signal: 'source', evidence: ['Kickoff'] } });
    expect(storyOf('https://ledger.example/bridge')).toMatchObject({ section: 'culture', sectionReason: { signal: 'category', evidence: ['Arts & Culture'] } });
    expect(storyOf('https://ledger.example/rates')).toMatchObject({ section: 'business', sectionReason: { signal: 'category' } });
    expect(storyOf('https://arabic.example/derby')).toMatchObject({ section: 'sports', sectionReason: { signal: 'text' } });
    expect(storyOf('https://arabic.example/oil')).toMatchObject({ section: 'business', sectionReason: { signal: 'text' } });
  });

  it('files a story under a configured topic when its headline names it, not when one teaser mentions it', () => {
    const tanker = storyOf('https://wire.example/tanker');
    expect(tanker.topic).toBe('الشرق الأوسط');
    expect(tanker.topicMatch?.hits[0]).toMatchObject({ keyword: 'Iran', matched: 'Iranian', field: 'title' });
    expect(tanker.section).toBe('world');
    const odesa = storyOf('https://wire.example/odesa');
    expect(odesa.topicMatch).toBeUndefined();
    expect(odesa).toMatchObject({ topic: 'العالم', section: 'world' });
  });

  it('lists the configured topic first, then the sections in the configured order, named in Arabic', () => {
    expect(result.briefing.topics.map((topic) => [topic.kind, topic.section ?? null, topic.name])).toEqual([
      ['configured', null, 'الشرق الأوسط'],
      ['section', 'world', 'العالم'],
      ['section', 'sports', 'رياضة'],
      ['section', 'business', 'اقتصاد'],
      ['section', 'culture', 'ثقافة'],
    ]);
  });

  it('shows the sections in the email under their Arabic names', () => {
    for (const name of ['الشرق الأوسط', 'العالم', 'رياضة', 'اقتصاد', 'ثقافة']) expect(result.html).toMatch(new RegExp(`<h2 [^>]*>${name}</h2>`));
    expect(result.text).toContain('== رياضة ==');
  });
});
