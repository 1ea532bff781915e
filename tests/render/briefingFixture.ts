import type { Article, Briefing, Story } from '../../src/types.js';

/** A hand-built briefing: one Arabic and one English story, one hidden story, a failed source. */
export function makeBriefing(overrides: Partial<Briefing> = {}): Briefing {
  const arabic = story({
    id: 's-ar',
    title: 'وزراء الطاقة يتفقون على خفض الإنتاج',
    summary: 'اتفق وزراء الطاقة في اجتماعهم اليوم على خفض الإنتاج حتى نهاية العام.',
    language: 'ar',
    dir: 'rtl',
    articles: [
      article({ id: 'a1', source: 'الجزيرة', url: 'https://aljazeera.example/energy', language: 'ar', dir: 'rtl' }),
      article({ id: 'a2', source: 'بي بي سي عربي', url: 'https://bbc.example/arabic/energy', language: 'ar', dir: 'rtl' }),
    ],
  });
  const english = story({
    id: 's-en',
    title: 'Markets & rates: central bank holds',
    summary: 'The central bank left its main rate unchanged, as expected.',
    articles: [article({ id: 'a3', source: 'Reuters', url: 'https://reuters.example/rates?id=1&lang=en' })],
  });
  const hidden = story({ id: 's-hidden', title: 'A minor story nobody should see', shown: false });
  return {
    version: 1,
    date: '2024-03-05',
    title: 'Daily Briefing',
    language: 'en',
    dir: 'ltr',
    timezone: 'Asia/Riyadh',
    generatedAt: '2024-03-05T04:00:00.000Z',
    topics: [
      { name: 'Energy', kind: 'configured', stories: [arabic] },
      { name: 'Economy', kind: 'automatic', stories: [english, hidden] },
    ],
    sources: [
      { name: 'Reuters', status: 'ok', items: 12 },
      { name: 'Local Gazette', status: 'failed', items: 0, error: 'HTTP 503 Service Unavailable' },
    ],
    stats: { articles: 14, stories: 3, shownStories: 2 },
    ...overrides,
  };
}

export function story(fields: Partial<Story> & Pick<Story, 'id' | 'title'>): Story {
  return {
    summary: 'A summary.',
    language: 'en',
    dir: 'ltr',
    articles: [article({ id: `${fields.id}-a`, source: 'Wire', url: `https://wire.example/${fields.id}` })],
    merged: [],
    shown: true,
    ...fields,
  };
}

export function article(fields: Partial<Article> & Pick<Article, 'id' | 'source' | 'url'>): Article {
  return {
    title: 'An article',
    language: 'en',
    dir: 'ltr',
    published: '2024-03-05T01:00:00.000Z',
    text: 'Body.',
    metadata: {},
    removed: {},
    ...fields,
  };
}
