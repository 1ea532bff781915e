import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing } from '../../src/pipeline.js';
import type { Briefing, Story } from '../../src/types.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

// Issue 24: the front page of a real morning, from feeds served on 127.0.0.1.
const NOW = new Date('2026-11-23T07:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toUTCString();

interface Item {
  title: string;
  link: string;
  description?: string;
  age: number;
}

function rss(items: readonly Item[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.com/</link>${items
    .map((item) => `<item><title>${escape(item.title)}</title><link>${item.link}</link>${item.description ? `<description>${escape(item.description)}</description>` : ''}<pubDate>${hoursAgo(item.age)}</pubDate></item>`)
    .join('')}</channel></rss>`;
}

const feeds: Record<string, Item[]> = {
  // Two feeds of one outlet: its world feed and its politics feed carry the same settlers article.
  '/nyt-world.xml': [
    { title: 'Settlers Attack Palestinian Village in the West Bank, Burning Homes', link: 'https://www.nytimes.com/2026/11/22/world/settlers-west-bank.html', description: 'Israeli settlers set fire to homes and cars in the village of Turmus Ayya overnight, Palestinian officials said.', age: 6 },
    { title: 'Ukraine Strikes Russian Oil Depot With Drones', link: 'https://www.nytimes.com/2026/11/23/world/ukraine-drones.html', description: 'The attack on the depot near Novorossiysk was the third this month.', age: 1 },
  ],
  '/nyt-politics.xml': [
    { title: 'Settlers Attack Palestinian Village in the West Bank, Burning Homes', link: 'https://www.nytimes.com/2026/11/22/world/settlers-west-bank.html', description: 'Israeli settlers set fire to homes and cars in the village of Turmus Ayya overnight, Palestinian officials said.', age: 6 },
  ],
  '/bbc.xml': [
    { title: 'West Bank: Settlers torch homes in Turmus Ayya', link: 'https://www.bbc.co.uk/news/world-middle-east-1', description: 'Palestinian officials say dozens of Israeli settlers set homes and cars alight in Turmus Ayya.', age: 5 },
    { title: 'Colombia earthquake: magnitude 6.1 quake shakes Bogotá', link: 'https://www.bbc.co.uk/news/world-latin-america-2', age: 3 },
    { title: 'ICE agent points gun at woman in car in Virginia', link: 'https://www.bbc.co.uk/news/world-us-canada-3', age: 2 },
  ],
  '/aljazeera.xml': [
    { title: 'Israeli settlers burn homes in occupied West Bank village of Turmus Ayya', link: 'https://www.aljazeera.com/news/2026/11/22/settlers-turmus-ayya', description: 'Settlers attacked the village overnight, setting fire to homes and vehicles, the Palestinian Red Crescent said.', age: 4 },
    { title: 'Strong 6.1 earthquake hits central Colombia, buildings damaged in Bogotá', link: 'https://www.aljazeera.com/news/2026/11/23/colombia-quake', age: 2 },
  ],
  // India Today's descriptions are its titles without punctuation; its headlines carry no teaser.
  '/indiatoday.xml': [
    { title: 'Kolkata woman takes car out for driving practice, drowns in pond', link: 'https://www.indiatoday.in/india/story/kolkata-woman-car-pond-1', description: 'Kolkata woman takes car out for driving practice drowns in pond', age: 1 },
    { title: 'Earthquake of magnitude 6.1 strikes Colombia, tremors felt in Bogota', link: 'https://www.indiatoday.in/world/story/colombia-earthquake-2', description: 'Earthquake of magnitude 61 strikes Colombia tremors felt in Bogota', age: 2 },
    { title: 'West Bank violence: settlers set Palestinian homes on fire in Turmus Ayya', link: 'https://www.indiatoday.in/world/story/west-bank-settlers-3', age: 5 },
  ],
};

describe('the front page of a morning of real-shaped feeds', () => {
  let server: FeedServer;
  let temp: TempConfig;
  let briefing: Briefing;
  const stories = () => briefing.topics.flatMap((topic) => topic.stories);
  const storyOf = (link: string): Story => stories().find((story) => story.articles.some((article) => article.url === link || article.duplicates?.some((copy) => copy.url === link)))!;

  beforeAll(async () => {
    server = await startFeedServer(Object.fromEntries(Object.entries(feeds).map(([path, items]) => [path, { headers: { 'content-type': 'application/rss+xml' }, body: rss(items) }])));
    temp = await writeTempConfig({
      briefing: { title: 'Morning', topStories: 2 },
      sources: Object.keys(feeds).map((path) => ({ name: path.slice(1, -4), url: server.url(path) })),
    });
    briefing = (await runBriefing(temp.config, { dryRun: true }, { now: () => NOW })).briefing;
  });

  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  it('opens with Top stories, the story covered by the most outlets first', () => {
    const [top] = briefing.topics;
    expect(top).toMatchObject({ kind: 'top', section: 'top', name: 'Top stories' });
    expect(top!.stories[0]!.title).toMatch(/Settlers|settlers/);
    expect(top!.stories[0]!.outlets).toBe(4);
  });

  it('shows a Top story once, not again under its topic', () => {
    const [top, ...rest] = briefing.topics;
    const elsewhere = rest.flatMap((topic) => topic.stories);
    for (const story of top!.stories) expect(elsewhere).not.toContain(story);
  });

  it('merges one event reported by headlines alone from three outlets', () => {
    const quake = storyOf('https://www.bbc.co.uk/news/world-latin-america-2');
    expect(quake.articles.map((article) => article.url).sort()).toEqual([
      'https://www.aljazeera.com/news/2026/11/23/colombia-quake',
      'https://www.bbc.co.uk/news/world-latin-america-2',
      'https://www.indiatoday.in/world/story/colombia-earthquake-2',
    ]);
    expect(quake.outlets).toBe(3);
  });

  it('keeps apart two stories that share only "woman" and "car"', () => {
    expect(storyOf('https://www.bbc.co.uk/news/world-us-canada-3')).not.toBe(storyOf('https://www.indiatoday.in/india/story/kolkata-woman-car-pond-1'));
  });

  it('counts two feeds of one outlet as one outlet, and their shared link as one article', () => {
    const settlers = storyOf('https://www.nytimes.com/2026/11/22/world/settlers-west-bank.html');
    const nyt = settlers.articles.filter((article) => article.url.includes('nytimes.com'));
    expect(nyt).toHaveLength(1);
    expect(nyt[0]!.duplicates?.map((copy) => copy.source)).toEqual(['nyt-politics']);
    expect(settlers.articles.map((article) => article.outlet).sort()).toEqual(['aljazeera.com', 'bbc.co.uk', 'indiatoday.in', 'nytimes.com']);
    expect(storyOf('https://www.nytimes.com/2026/11/23/world/ukraine-drones.html').outlets).toBe(1);
  });

  it('never gives a summary that restates a title', () => {
    for (const story of stories()) {
      const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      for (const article of story.articles) expect(plain(story.summary)).not.toBe(plain(article.title));
    }
    expect(storyOf('https://www.indiatoday.in/india/story/kolkata-woman-car-pond-1').summary).toBe('');
  });
});
