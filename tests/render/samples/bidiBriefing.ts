import type { Briefing, Story, Topic } from '../../../src/types.js';
import { article, story } from '../briefingFixture.js';

type Language = 'ar' | 'en';

/**
 * The shapes of issue 24's bidi reports, in a briefing of `language` whose stories and topic names
 * are mostly in the other direction: in English, Arabic cards whose outlet is the English-named
 * "Sample articles (Arabic and English)" (its meta line read "Sample articles (Arabic and English)
 * :1 min read · 1 source") and an Arabic topic; in Arabic, the English topics "ICE agent" and
 * "Check" (the contents line read "Check · · (1) agent · ICE") and English cards. Top stories
 * first, a failing source with an English error, a source whose old items were left out, and two
 * stories of the other direction left out, listed as headline links ("Also: …").
 */
export function bidiBriefing(language: Language): Briefing {
  const arabic = (id: string, title: string, sources: string[]): Story =>
    story({
      id,
      title,
      summary: 'اتفق وزراء الطاقة في اجتماعهم اليوم على خفض الإنتاج حتى نهاية العام.',
      language: 'ar',
      dir: 'rtl',
      articles: sources.map((source, n) =>
        article({ id: `${id}-${n}`, source, url: `https://outlet${n}.example/${id}`, language: 'ar', dir: 'rtl', text: words(200, 'كلمة') }),
      ),
    });
  const english = (id: string, title: string, sources: string[]): Story =>
    story({
      id,
      title,
      summary: 'The central bank left its main rate unchanged, as expected.',
      articles: sources.map((source, n) => article({ id: `${id}-${n}`, source, url: `https://outlet${n}.example/${id}`, text: words(230, 'word') })),
    });
  const topics: Topic[] =
    language === 'en'
      ? [
          { name: 'Top stories', kind: 'top', section: 'top', stories: [arabic('t1', 'وزراء الطاقة يتفقون على خفض الإنتاج', ['Sample articles (Arabic and English)'])] },
          { name: 'اقتصاد', kind: 'configured', stories: [arabic('e1', 'البنك المركزي يبقي أسعار الفائدة دون تغيير', ['الجزيرة', 'Reuters', 'بي بي سي عربي'])] },
          {
            name: 'Politics',
            kind: 'configured',
            stories: [
              arabic('p1', 'مجلس الأمن يعقد جلسة طارئة', ['الجزيرة']),
              english('p2', 'Leaders meet in Brussels', ['Reuters']),
              { ...arabic('p3', 'البرلمان يقر الموازنة (2024)', ['الجزيرة']), shown: false },
              { ...arabic('p4', 'انتخابات بلدية في 12 مدينة', ['الجزيرة']), shown: false },
            ],
          },
        ]
      : [
          { name: 'Top stories', kind: 'top', section: 'top', stories: [english('t1', 'ICE agent points gun at driver in Virginia', ['Sample articles (Arabic and English)'])] },
          { name: 'ICE agent', kind: 'configured', stories: [english('i1', 'Virginia police review the stop', ['Reuters', 'الجزيرة', 'AP'])] },
          { name: 'Check', kind: 'configured', stories: [english('c1', 'Fact check: the video is from 2019', ['AP'])] },
          {
            name: 'سياسة',
            kind: 'configured',
            stories: [
              arabic('s1', 'مجلس الأمن يعقد جلسة طارئة', ['الجزيرة']),
              { ...english('s2', 'Budget passes (2024)', ['Reuters']), shown: false },
              { ...english('s3', 'Vote in 12 cities', ['AP']), shown: false },
            ],
          },
        ];
  const stories = topics.flatMap((topic) => topic.stories);
  return {
    version: 1,
    date: '2024-03-05',
    title: language === 'ar' ? 'الموجز اليومي' : 'Daily Briefing',
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    timezone: 'Asia/Riyadh',
    generatedAt: '2024-03-05T04:00:00.000Z',
    topics,
    sources: [
      { name: 'Sample articles (Arabic and English)', status: 'ok', items: 3 },
      { name: language === 'ar' ? 'BBC World' : 'بي بي سي عربي', status: 'failed', items: 0, error: 'HTTP 503 Service Unavailable' },
      { name: language === 'ar' ? 'Al Jazeera' : 'الجزيرة', status: 'ok', items: 20, skippedOld: 12 },
    ],
    stats: { articles: stories.reduce((sum, s) => sum + s.articles.length, 0), stories: stories.length, shownStories: stories.filter((s) => s.shown).length },
    maxAgeHours: 36,
  };
}

function words(n: number, word: string): string {
  return Array.from({ length: n }, () => word).join(' ');
}
