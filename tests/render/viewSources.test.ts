import { describe, expect, it } from 'vitest';
import { createLocale } from '../../src/render/locale.js';
import { viewSources } from '../../src/render/viewSources.js';
import type { Briefing, SourceReport } from '../../src/types.js';
import { makeBriefing } from './briefingFixture.js';

function sourcesOf(sources: SourceReport[], language: 'en' | 'ar' = 'en', maxAgeHours: number | null = 36) {
  const briefing: Briefing = { ...makeBriefing({ language, dir: language === 'ar' ? 'rtl' : 'ltr', sources }), ...(maxAgeHours === null ? {} : { maxAgeHours }) };
  return viewSources(briefing, createLocale(language, 'UTC'));
}

// Issue 24: items left out for age are counted per source in the email.
describe('viewSources', () => {
  it('says how many items of each source were older than the age limit', () => {
    const { leftOut, problems } = sourcesOf([
      { name: 'Reuters', status: 'ok', items: 20, skippedOld: 12 },
      { name: 'AP', status: 'ok', items: 3, skippedOld: 1 },
      { name: 'BBC', status: 'ok', items: 5 },
    ]);
    expect(leftOut).toEqual([
      { name: 'Reuters', isolate: null, note: '12 older than 36 h left out' },
      { name: 'AP', isolate: null, note: '1 older than 36 h left out' },
    ]);
    expect(problems).toEqual([]);
  });

  it('says it in Arabic with the plural of the count and of the hours', () => {
    const notes = (hours: number) =>
      sourcesOf([1, 2, 3, 12, 100].map((n) => ({ name: `مصدر ${n}`, status: 'ok' as const, items: n, skippedOld: n })), 'ar', hours).leftOut.map((item) => item.note);
    expect(notes(36)).toEqual([
      'تُرك خبر واحد أقدم من 36 ساعة',
      'تُرك خبران أقدم من 36 ساعة',
      'تُرك 3 أخبار أقدم من 36 ساعة',
      'تُرك 12 خبرًا أقدم من 36 ساعة',
      'تُرك 100 خبر أقدم من 36 ساعة',
    ]);
    expect(notes(2)[0]).toBe('تُرك خبر واحد أقدم من ساعتين');
    expect(notes(6)[0]).toBe('تُرك خبر واحد أقدم من 6 ساعات');
  });

  it('speaks of the age limit when an older briefing does not say it', () => {
    expect(sourcesOf([{ name: 'Reuters', status: 'ok', items: 2, skippedOld: 2 }], 'en', null).leftOut[0]?.note).toBe('2 older than the age limit left out');
  });

  it("keeps a failing source's own error apart from when it last worked, each with its direction", () => {
    const { problems } = sourcesOf(
      [{ name: 'BBC World', status: 'failed', items: 0, error: 'HTTP 503 Service Unavailable', lastSuccess: '2024-03-01T07:00:00Z' }],
      'ar',
    );
    expect(problems).toEqual([
      {
        name: 'BBC World',
        isolate: 'ltr',
        status: 'failed',
        statusLabel: 'تعذّر الجلب',
        reason: 'HTTP 503 Service Unavailable',
        reasonIsolate: 'ltr',
        note: expect.stringMatching(/^آخر جلب ناجح في .*2024$/) as string,
      },
    ]);
  });

  it('gives an empty source the interface reason, which needs no isolation', () => {
    const [empty] = sourcesOf([{ name: 'الجزيرة', status: 'empty', items: 0 }], 'ar').problems;
    expect(empty).toMatchObject({ statusLabel: 'فارغ', reason: 'لا توجد عناصر', isolate: null, reasonIsolate: null, note: '' });
  });
});
