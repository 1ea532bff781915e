import type { Briefing } from '../../src/types.js';

/**
 * The smallest valid Briefing: no topics, no sources. The archive only reads its date, title,
 * language, direction and story count, so tests override just those.
 */
export function archiveBriefing(overrides: Partial<Briefing> = {}): Briefing {
  return {
    version: 1,
    date: '2025-03-04',
    title: 'Daily Briefing',
    language: 'en',
    dir: 'ltr',
    timezone: 'UTC',
    generatedAt: '2025-03-04T07:00:00.000Z',
    topics: [],
    sources: [],
    stats: { articles: 0, stories: 0, shownStories: 0 },
    ...overrides,
  };
}
