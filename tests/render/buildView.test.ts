import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/render/buildView.js';
import { createLocale } from '../../src/render/locale.js';
import type { Briefing } from '../../src/types.js';
import { makeBriefing, story } from './briefingFixture.js';
import { bidiBriefing } from './samples/bidiBriefing.js';

const viewOf = (briefing: Briefing) => buildView(briefing, createLocale(briefing.language, briefing.timezone));

// Issue 24: the group stage puts Top stories first, as a topic of kind `top`.
describe('buildView', () => {
  const withTop = (language: 'en' | 'ar'): Briefing =>
    makeBriefing({
      language,
      dir: language === 'ar' ? 'rtl' : 'ltr',
      topics: [
        { name: 'Top stories', kind: 'top', section: 'top', stories: [story({ id: 'lead', title: 'Lead' }), story({ id: 'second', title: 'Second' })] },
        { name: 'Economy', kind: 'configured', stories: [story({ id: 'e', title: 'Rates' })] },
      ],
    });

  it('names the Top stories topic in the briefing language and marks it as the front page', () => {
    const [top, economy] = viewOf(withTop('en')).topics;
    expect(top).toMatchObject({ name: 'Top stories', top: true, anchor: 'topic-1' });
    expect(economy).toMatchObject({ name: 'Economy', top: false });
    expect(viewOf(withTop('ar')).topics[0]?.name).toBe('أهم الأخبار');
  });

  it('makes the first story of Top stories the lead, and no other', () => {
    const leads = viewOf(withTop('en')).topics.flatMap((topic) => topic.stories.map((s) => [s.title, s.lead]));
    expect(leads).toEqual([['Lead', true], ['Second', false], ['Rates', false]]);
  });

  it('gives a topic name that may not read in the briefing direction its own direction', () => {
    expect(viewOf(bidiBriefing('ar')).topics.map((topic) => [topic.name, topic.isolate])).toEqual([
      ['أهم الأخبار', null],
      ['ICE agent', 'ltr'],
      ['Check', 'ltr'],
      ['سياسة', null],
    ]);
    expect(viewOf(bidiBriefing('en')).topics.map((topic) => topic.isolate)).toEqual([null, 'rtl', null]);
  });

  it('has no reason to be empty when the run found articles, and previews the first titles, isolating the Arabic one', () => {
    const view = viewOf(makeBriefing());
    expect(view.empty).toBeNull();
    expect(view.preview).toBe('\u2068وزراء الطاقة يتفقون على خفض الإنتاج\u2069 · Markets & rates: central bank holds');
  });

  it('previews why the email is empty when it is', () => {
    const view = viewOf(makeBriefing({ topics: [], sources: [], stats: { articles: 0, stories: 0, shownStories: 0 } }));
    expect(view.empty).toEqual([{ text: 'No articles today: the sources gave nothing new.', code: false }]);
    expect(view.preview).toBe('No articles today: the sources gave nothing new.');
  });
});
