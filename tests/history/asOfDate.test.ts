import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcesListCommand, type SourceRow } from '../../src/commands/sourcesListCommand.js';
import { runBriefing, type RunResult } from '../../src/pipeline.js';
import type { Briefing } from '../../src/types.js';
import { startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

// Issue 24: feeds a few days old. Made today they are left out for their age (briefing.maxAgeHours,
// 36); made with --date of their day, the run is as of the end of that day and keeps them.
interface Item {
  id: string;
  title: string;
  body: string;
  published: string;
}

const rss = (site: string, items: Item[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${site}</title><link>https://${site}/</link>${items
    .map((item) => `<item><title>${item.title}</title><link>https://${site}/${item.id}</link><pubDate>${new Date(item.published).toUTCString()}</pubDate><description><![CDATA[<p>${item.body}</p>]]></description></item>`)
    .join('')}</channel></rss>`;

// 07:00 UTC on Monday 23 November: 02:00 in New York, the briefing's time zone.
const NOW = new Date('2026-11-23T07:00:00Z');
const FRIDAY = '2026-11-20';

const gazette: Item[] = [
  { id: 'ferry', title: 'Night ferry returns to the island after two years', body: 'The night ferry to the island sails again from Friday, two years after the service was cut, the harbour company said.', published: '2026-11-20T14:00:00Z' },
  // Saturday in UTC, but 22:30 on Friday in New York: it belongs to Friday.
  { id: 'library', title: 'Old library reopens with a rooftop reading room', body: 'The town library reopened on Friday after a long renovation that added a rooftop reading room and a children’s floor.', published: '2026-11-21T03:30:00Z' },
  // Sunday's news: after Friday, so not in Friday's briefing.
  { id: 'marathon', title: 'Record field runs the autumn marathon in the rain', body: 'More than nine thousand runners finished the autumn marathon on Sunday despite heavy rain along the river course.', published: '2026-11-22T12:00:00Z' },
];
const wire: Item[] = [
  { id: 'wheat', title: 'Wheat prices climb after a dry summer', body: 'Wheat prices rose for a third week as traders counted the cost of a long dry summer on the plains, dealers said on Friday.', published: '2026-11-20T16:00:00Z' },
  { id: 'satellite', title: 'Weather satellite launched from the coast', body: 'A weather satellite was launched from the coast on Friday and will send its first images of storms next month.', published: '2026-11-20T21:00:00Z' },
];

describe('runBriefing --date (issue 24)', () => {
  let server: FeedServer;
  let temp: TempConfig;
  let today: RunResult;
  let friday: RunResult;
  let archived: Briefing;
  const urls = (result: RunResult) =>
    result.briefing.topics
      .flatMap((topic) => topic.stories)
      .flatMap((story) => story.articles)
      .map((article) => article.url.split('/').pop())
      .sort();

  beforeAll(async () => {
    server = await startFeedServer({
      '/gazette.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss('gazette.example', gazette) },
      '/wire.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss('wire.example', wire) },
    });
    temp = await writeTempConfig({
      briefing: { timezone: 'America/New_York' },
      sources: [
        { name: 'Gazette', url: server.url('/gazette.xml') },
        { name: 'Wire', url: server.url('/wire.xml') },
      ],
    });
    today = await runBriefing(temp.config, {}, { now: () => NOW });
    friday = await runBriefing(temp.config, { date: FRIDAY }, { now: () => NOW });
    archived = JSON.parse(await readFile(path.join(temp.dir, 'briefings', `${FRIDAY}.json`), 'utf8')) as Briefing;
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  it('leaves out, without --date, the items older than 36 hours, counting them per source', () => {
    expect(today.briefing.date).toBe('2026-11-23');
    expect(urls(today)).toEqual(['marathon']);
    expect(today.briefing.sources.map((source) => [source.name, source.skippedOld])).toEqual([
      ['Gazette', 2],
      ['Wire', 2],
    ]);
    expect(today.briefing).toMatchObject({ maxAgeHours: 36, asOf: NOW.toISOString(), generatedAt: NOW.toISOString() });
  });

  it('keeps them with --date of their day: the window ends at midnight of that day in New York', () => {
    expect(urls(friday)).toEqual(['ferry', 'library', 'satellite', 'wheat']);
    expect(archived.date).toBe(FRIDAY);
    // The end of Friday in New York (UTC−5); the run itself still happened on Monday.
    expect(archived.asOf).toBe('2026-11-21T04:59:59.999Z');
    expect(archived.generatedAt).toBe(NOW.toISOString());
    expect(archived.maxAgeHours).toBe(36);
    expect(archived.sources.every((source) => source.skippedOld === undefined)).toBe(true);
  });

  it('leaves out of a past day what was published after it, and says so in the source report', () => {
    const report = archived.sources.find((source) => source.name === 'Gazette');
    expect(report?.warnings).toEqual([expect.stringMatching(/^1 item\(s\) published after 2026-11-20 left out/)]);
  });

  it('records each source’s newest item, as the source dates it, for `sources list`', async () => {
    expect(archived.sources.map((source) => [source.name, source.newestItem])).toEqual([
      ['Gazette', '2026-11-22T12:00:00.000Z'],
      ['Wire', '2026-11-20T21:00:00.000Z'],
    ]);
    let out = '';
    await sourcesListCommand({ config: temp.file, json: true }, (text) => (out += text));
    const rows = JSON.parse(out) as SourceRow[];
    expect(rows.map((row) => [row.name, row.newestItem, row.lastSuccess])).toEqual([
      ['Gazette', '2026-11-22T12:00:00.000Z', NOW.toISOString()],
      ['Wire', '2026-11-20T21:00:00.000Z', NOW.toISOString()],
    ]);
  });
});
