import { describe, expect, it } from 'vitest';
import { recallHistory } from '../../src/history/recallHistory.js';
import type { Article } from '../../src/types.js';

const article = (source: string, id: string, published: string | null, extra: Partial<Article> = {}): Article => ({
  id,
  title: `Story ${id}`,
  url: `https://${source.toLowerCase()}.example/${id}`,
  source,
  language: 'en',
  dir: 'ltr',
  published,
  text: 'Text.',
  metadata: {},
  removed: {},
  ...extra,
});

const now = new Date('2026-11-23T07:00:00Z');
const ids = (articles: readonly Article[]) => articles.map((kept) => kept.id).sort();

describe('recallHistory', () => {
  const articles = [
    article('Gazette', 'fresh', '2026-11-23T05:00:00.000Z'),
    article('Gazette', 'three-days', '2026-11-20T10:00:00.000Z'),
    article('Gazette', 'undated', null),
    article('Wire', 'wire-old', '2026-11-19T14:00:00.000Z'),
    article('Notes', 'old-file', '2026-01-01T00:00:00.000Z', { file: '/notes/old.md', url: 'file:///notes/old.md' }),
  ];

  it('leaves out feed items older than maxAgeHours before now, counted per source, and never local files', () => {
    const recalled = recallHistory(articles, new Map(), { date: '2026-11-23', now, maxAgeHours: 36 });
    expect(ids(recalled.articles)).toEqual(['fresh', 'old-file', 'undated']);
    expect(recalled.skippedOld).toEqual(new Map([['Gazette', 1], ['Wire', 1]]));
    expect(recalled.skippedNew.size).toBe(0);
  });

  it('counts the window back from the end of a past day, and leaves out what came after that day', () => {
    const asOf = new Date('2026-11-20T23:59:59.999Z');
    const recalled = recallHistory(articles, new Map(), { date: '2026-11-20', now, asOf, maxAgeHours: 36 });
    // The undated item has no date of its own to place it after the day: it is kept.
    expect(ids(recalled.articles)).toEqual(['old-file', 'three-days', 'undated', 'wire-old']);
    expect(recalled.skippedNew).toEqual(new Map([['Gazette', 1]]));
    expect(recalled.skippedOld.size).toBe(0);
  });

  it('dates an undated item by its first sighting, but no later than the past day the run is made as of', () => {
    const asOf = new Date('2026-11-20T23:59:59.999Z');
    const dated = (memory: Map<string, { firstSeen: string; sentDate: string | null }>, options: { asOf?: Date }) =>
      recallHistory(articles, memory, { date: '2026-11-20', now, maxAgeHours: 36, ...options }).articles.find((kept) => kept.id === 'undated')?.published;
    // Dated by today's sighting, it would stand three days after every story of the day it is read for.
    expect(dated(new Map(), { asOf })).toBe(asOf.toISOString());
    expect(dated(new Map(), {})).toBe(now.toISOString());
  });

  it('keeps everything with maxAgeHours 0, also after a past day', () => {
    const recalled = recallHistory(articles, new Map(), { date: '2026-11-20', now, asOf: new Date('2026-11-20T23:59:59.999Z'), maxAgeHours: 0 });
    expect(recalled.articles).toHaveLength(articles.length);
  });

  it('knows each source’s newest dated item, also when every item was left out', () => {
    const recalled = recallHistory(articles, new Map(), { date: '2026-11-23', now, maxAgeHours: 36 });
    expect(recalled.newestBySource).toEqual(
      new Map([
        ['Gazette', '2026-11-23T05:00:00.000Z'],
        ['Wire', '2026-11-19T14:00:00.000Z'],
        ['Notes', '2026-01-01T00:00:00.000Z'],
      ]),
    );
  });
});
