import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing, type RunResult } from '../../src/pipeline.js';
import type { Story } from '../../src/types.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

// A feed as it looks on two mornings: yesterday's items are still in it today, plus new ones.
interface Item {
  id: string;
  title: string;
  body: string;
  published: string;
}

const rss = (items: Item[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link>${items
    .map((item) => `<item><title>${item.title}</title><link>https://gazette.example/${item.id}</link><guid>https://gazette.example/${item.id}</guid><pubDate>${new Date(item.published).toUTCString()}</pubDate><description><![CDATA[<p>${item.body}</p>]]></description></item>`)
    .join('')}</channel></rss>`;

const DAY1 = new Date('2026-11-22T06:00:00Z');
const DAY2 = new Date('2026-11-23T06:00:00Z');

const bridge: Item = {
  id: 'bridge',
  title: 'Harbour bridge closed after ship strikes pillar',
  body: 'The harbour bridge was closed to all traffic on Saturday night after a cargo ship struck one of its pillars, the port authority said. Engineers will inspect the damaged pillar before the bridge can reopen, and ferries will run every twenty minutes until then.',
  published: '2026-11-21T22:00:00Z',
};
const market: Item = {
  id: 'market',
  title: 'Fish market moves to the old customs hall',
  body: 'The town fish market will move into the old customs hall next spring, the council decided on Saturday after a long debate about parking and noise from early deliveries.',
  published: '2026-11-21T20:00:00Z',
};
const bridgeUpdate: Item = {
  id: 'bridge-inspection',
  title: 'Harbour bridge to stay closed for a week after ship struck pillar',
  body: 'The harbour bridge will stay closed for at least a week after engineers found cracks in the pillar the cargo ship struck on Saturday night, the port authority said. Ferries will keep running every twenty minutes while the bridge is closed.',
  published: '2026-11-22T18:00:00Z',
};
const archive: Item = {
  id: 'old-regatta',
  title: 'Regatta draws record crowd',
  body: 'A record crowd of twelve thousand watched the autumn regatta on the river, with the home club winning four of the six races in strong winds.',
  published: '2026-11-10T12:00:00Z',
};

describe('runBriefing across days', () => {
  let server: FeedServer;
  let temp: TempConfig;
  let day1: RunResult;
  let day2: RunResult;
  const feed = { body: rss([bridge, market, archive]) };
  const stories = (result: RunResult): Story[] => result.briefing.topics.flatMap((topic) => topic.stories);
  const storyWith = (result: RunResult, id: string) => stories(result).find((story) => story.articles.some((article) => article.url.endsWith(`/${id}`)));

  beforeAll(async () => {
    server = await startFeedServer({ '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, get body() { return feed.body; } } });
    temp = await writeTempConfig({ sources: [{ name: 'Harbour Gazette', url: server.url('/feed.xml') }] });
    day1 = await runBriefing(temp.config, {}, { now: () => DAY1 });
    feed.body = rss([bridgeUpdate, bridge, market, archive]);
    day2 = await runBriefing(temp.config, {}, { now: () => DAY2 });
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  it('leaves out feed items older than maxAgeHours, so a new config does not flood the first briefing', () => {
    expect(storyWith(day1, 'old-regatta')).toBeUndefined();
    expect(day1.briefing.sources[0]?.skippedOld).toBe(1);
    expect(stories(day1).filter((story) => story.shown)).toHaveLength(2);
  });

  it('does not show again a story the reader already had', () => {
    const marketStory = storyWith(day2, 'market');
    expect(marketStory?.shown).toBe(false);
    expect(marketStory?.sentBefore).toBe(true);
  });

  it('shows a story again, as updated, when new articles joined it', () => {
    const story = storyWith(day2, 'bridge-inspection');
    expect(story?.articles.map((article) => article.url.split('/').pop()).sort()).toEqual(['bridge', 'bridge-inspection']);
    expect(story?.shown).toBe(true);
    expect(story?.updated).toBe(true);
  });

  it('remembers when the source last worked and last brought something new', () => {
    const report = day2.briefing.sources[0];
    expect(report?.lastSuccess).toBe(DAY2.toISOString());
    expect(report?.lastNewItem).toBe(DAY2.toISOString());
    expect(report?.stale).toBeUndefined();
  });
});
