import { describe, expect, it } from 'vitest';
import { explainEmpty } from '../../src/render/explainEmpty.js';
import { createLocale } from '../../src/render/locale.js';
import type { Briefing, SourceReport } from '../../src/types.js';
import { makeBriefing } from './briefingFixture.js';

function emptyBriefing(sources: SourceReport[], language: 'en' | 'ar' = 'en'): Briefing {
  return { ...makeBriefing({ language, dir: language === 'ar' ? 'rtl' : 'ltr', topics: [], sources }), stats: { articles: 0, stories: 0, shownStories: 0 }, maxAgeHours: 36 };
}

/** The explanation as one line of text, or null. */
const explain = (briefing: Briefing, hasProblems = false): string | null =>
  explainEmpty(briefing, createLocale(briefing.language, 'UTC'), hasProblems)?.map((run) => run.text).join('') ?? null;

// Issue 24: "A briefing with no articles exits 4 as documented and its email says why."
describe('explainEmpty', () => {
  it('says nothing when the run found articles', () => {
    expect(explain(makeBriefing())).toBeNull();
  });

  it('counts the items left out for age and names the limit and the two ways to let them in', () => {
    const briefing = emptyBriefing([
      { name: 'Reuters', status: 'ok', items: 30, skippedOld: 30 },
      { name: 'AP', status: 'ok', items: 7, skippedOld: 7 },
    ]);
    expect(explain(briefing)).toBe(
      'No articles today: all 37 items the sources gave were older than 36 h. To include them, raise briefing.maxAgeHours or run for an earlier day with --date.',
    );
  });

  it('gives the config key and the option as code, to be kept whole and left to right', () => {
    const briefing = emptyBriefing([{ name: 'الجزيرة', status: 'ok', items: 4, skippedOld: 4 }], 'ar');
    const runs = explainEmpty(briefing, createLocale('ar', 'UTC'), false) ?? [];
    expect(runs.filter((run) => run.code).map((run) => run.text)).toEqual(['briefing.maxAgeHours', '--date']);
    expect(runs.at(-1)).toEqual({ text: '.', code: false });
  });

  it('says how many of the items were too old when the others were left out for another reason', () => {
    const briefing = emptyBriefing([{ name: 'Reuters', status: 'ok', items: 30, skippedOld: 12 }]);
    expect(explain(briefing)).toMatch(/^No articles today: 12 of the 30 items the sources gave were older than 36 h\. To include them/);
    expect(explain({ ...briefing, language: 'ar', dir: 'rtl' })).toMatch(/^لا مقالات اليوم: من الأخبار التي قدّمتها المصادر، وعددها 30، كان 12 خبرًا أقدم من 36 ساعة\./);
  });

  it('speaks of one item in the singular', () => {
    expect(explain(emptyBriefing([{ name: 'AP', status: 'ok', items: 1, skippedOld: 1 }]))).toMatch(/^No articles today: the one item the sources gave was older than 36 h\./);
  });

  it('says that the sources gave nothing when no item was too old, pointing to the failing ones', () => {
    const failed: SourceReport = { name: 'Gazette', status: 'failed', items: 0, error: 'HTTP 503' };
    expect(explain(emptyBriefing([failed]), true)).toBe('No articles today: the sources gave nothing new. See the sources with problems below.');
    expect(explain(emptyBriefing([]))).toBe('No articles today: the sources gave nothing new.');
  });

  it('says it in Arabic', () => {
    expect(explain(emptyBriefing([{ name: 'الجزيرة', status: 'ok', items: 2, skippedOld: 2 }], 'ar'))).toMatch(
      /^لا مقالات اليوم: كان الخبران اللذان قدّمتهما المصادر أقدم من 36 ساعة\. لتضمينها، /,
    );
    expect(explain(emptyBriefing([], 'ar'))).toBe('لا مقالات اليوم: لم تأتِ المصادر بجديد.');
  });
});
