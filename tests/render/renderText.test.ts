import { describe, expect, it } from 'vitest';
import { prepareRender } from '../../src/render/prepareRender.js';
import { renderText } from '../../src/render/renderText.js';
import type { Briefing } from '../../src/types.js';
import { makeBriefing } from './briefingFixture.js';
import { bidiBriefing } from './samples/bidiBriefing.js';

const FSI = '\u2068';
const PDI = '\u2069';

async function textOf(...args: Parameters<typeof makeBriefing>): Promise<string> {
  return textOfBriefing(makeBriefing(...args));
}

async function textOfBriefing(briefing: Briefing): Promise<string> {
  return renderText(await prepareRender(briefing));
}

describe('renderText', () => {
  it('has the title, the date and every shown story with its links as plain URLs', async () => {
    const text = await textOf();
    expect(text).toMatch(/^Daily Briefing\nTuesday, March 5, 2024\n/);
    expect(text).toContain('* وزراء الطاقة يتفقون على خفض الإنتاج');
    expect(text).toContain('https://aljazeera.example/energy');
    expect(text).toContain(`- ${FSI}بي بي سي عربي${PDI}: https://bbc.example/arabic/energy`);
    expect(text).toContain('https://reuters.example/rates?id=1&lang=en');
  });

  it('is not HTML: no tags and no escaped entities', async () => {
    const text = await textOf();
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).toContain('Markets & rates: central bank holds');
    expect(text).not.toContain('&amp;');
  });

  it('lists the source problems with their reason', async () => {
    const text = await textOf();
    expect(text).toContain('Sources with problems:\n- Local Gazette: failed (HTTP 503 Service Unavailable)');
  });

  it('has no runs of blank lines', async () => {
    expect(await textOf()).not.toMatch(/\n{3,}/);
  });
});

// Issue 24: plain text has no `dir`, so a run of the other direction goes between Unicode isolates.
describe('renderText bidirectional text', () => {
  it('isolates Arabic outlet, topic and source names in an English briefing, and nothing that reads left to right', async () => {
    const text = await textOfBriefing(bidiBriefing('en'));
    expect(text).toContain(`\n== ${FSI}اقتصاد${PDI} ==\n`);
    expect(text).toContain(`  - ${FSI}الجزيرة${PDI}: https://outlet0.example/e1\n  - Reuters: https://outlet1.example/e1\n`);
    expect(text).toContain(`  1 min read · 1 source:\n  - Sample articles (Arabic and English): https://outlet0.example/t1\n`);
    expect(text).toContain(`- ${FSI}بي بي سي عربي${PDI}: failed (HTTP 503 Service Unavailable)`);
    expect(text).toContain(`- ${FSI}الجزيرة${PDI}: 12 older than 36 h left out`);
  });

  it('isolates English topic, outlet and source names and error text in an Arabic briefing', async () => {
    const text = await textOfBriefing(bidiBriefing('ar'));
    expect(text).toContain(`\n== ${FSI}ICE agent${PDI} ==\n`);
    expect(text).toContain(`\n== ${FSI}Check${PDI} ==\n`);
    expect(text).toContain(`  قراءة دقيقة واحدة · 3 مصادر:\n  - ${FSI}Reuters${PDI}: https://outlet0.example/i1\n  - الجزيرة: https://outlet1.example/i1\n`);
    expect(text).toContain(`- ${FSI}BBC World${PDI}: تعذّر الجلب (${FSI}HTTP 503 Service Unavailable${PDI})`);
    expect(text).toContain(`ما تُرك لقدمه:\n- ${FSI}Al Jazeera${PDI}: تُرك 12 خبرًا أقدم من 36 ساعة\n`);
  });

  it('closes every isolate it opens on the same line', async () => {
    for (const language of ['en', 'ar'] as const) {
      for (const line of (await textOfBriefing(bidiBriefing(language))).split('\n')) {
        expect(line.split(FSI).length, line).toBe(line.split(PDI).length);
      }
    }
  });
});

describe('renderText freshness', () => {
  const allOld = (language: 'en' | 'ar'): Briefing => ({
    ...makeBriefing({ language, dir: language === 'ar' ? 'rtl' : 'ltr' }),
    topics: [],
    sources: [
      { name: 'Reuters', status: 'ok', items: 25, skippedOld: 25 },
      { name: 'AP', status: 'ok', items: 12, skippedOld: 12 },
    ],
    stats: { articles: 0, stories: 0, shownStories: 0 },
    maxAgeHours: 36,
  });

  it('says in place of the stories that every item was older than the age limit, and how to let them in', async () => {
    const text = await textOfBriefing(allOld('en'));
    expect(text).toContain(
      '\n\nNo articles today: all 37 items the sources gave were older than 36 h. To include them, raise briefing.maxAgeHours or run for an earlier day with --date.\n',
    );
    expect(text).toContain('Left out for age:\n- Reuters: 25 older than 36 h left out\n- AP: 12 older than 36 h left out\n');
  });

  it('says it in Arabic with the config key and the option isolated', async () => {
    const text = await textOfBriefing(allOld('ar'));
    expect(text).toContain('لا مقالات اليوم: كانت الأخبار التي قدّمتها المصادر كلها، وعددها 37، أقدم من 36 ساعة.');
    expect(text).toContain(`ارفع قيمة ${FSI}briefing.maxAgeHours${PDI} أو شغّل الموجز ليوم سابق بالخيار ${FSI}--date${PDI}.`);
  });

  it('says that the sources gave nothing when none had old items, and points to the failing ones', async () => {
    const text = await textOf({ topics: [], stats: { articles: 0, stories: 0, shownStories: 0 } });
    expect(text).toMatch(/^Daily Briefing\nTuesday, March 5, 2024\n\nNo articles today: the sources gave nothing new\. See the sources with problems below\.\n/);
  });

  it('says nothing of the kind when the briefing has articles', async () => {
    expect(await textOf()).not.toContain('No articles today');
  });
});
