import { describe, expect, it } from 'vitest';
import { createLocale } from '../../src/render/locale.js';

describe('createLocale', () => {
  it('uses the Arabic plural forms', () => {
    const locale = createLocale('ar', 'UTC');
    expect([1, 2, 3, 11].map((n) => locale.plural('sources', n))).toEqual(['مصدر واحد', 'مصدران', '3 مصادر', '11 مصدرًا']);
  });

  it('says the reading time with the Arabic plural forms (dual and counted nouns after قراءة)', () => {
    const locale = createLocale('ar', 'UTC');
    expect([1, 2, 3, 10, 11, 100].map((n) => locale.plural('readingTime', n))).toEqual([
      'قراءة دقيقة واحدة',
      'قراءة دقيقتين',
      'قراءة 3 دقائق',
      'قراءة 10 دقائق',
      'قراءة 11 دقيقة',
      'قراءة 100 دقيقة',
    ]);
    expect(createLocale('en', 'UTC').plural('readingTime', 1)).toBe('1 min read');
  });

  it('fills placeholders other than the count into a plural form', () => {
    expect(createLocale('en', 'UTC').plural('olderLeftOut', 12, { age: '36 h' })).toBe('12 older than 36 h left out');
    expect(createLocale('ar', 'UTC').plural('olderLeftOut', 11, { age: 'ساعتين' })).toBe('تُرك 11 خبرًا أقدم من ساعتين');
  });

  it('formats the briefing day as that calendar day, whatever the timezone', () => {
    expect(createLocale('en', 'Pacific/Kiritimati').formatDate('2024-03-05')).toBe('Tuesday, March 5, 2024');
    expect(createLocale('en', 'Pacific/Pago_Pago').formatDate('2024-03-05')).toBe('Tuesday, March 5, 2024');
  });

  it('shows the generation time in the briefing timezone', () => {
    expect(createLocale('en', 'Asia/Riyadh').formatTime('2024-03-05T04:00:00Z')).toMatch(/07:00 AM GMT\+3/);
  });

  it('adds the date to the generation time of a briefing made on another day than its own', () => {
    const riyadh = createLocale('en', 'Asia/Riyadh');
    expect(riyadh.formatTime('2024-03-05T04:00:00Z', '2024-03-05')).toMatch(/^07:00 AM GMT\+3$/);
    expect(riyadh.formatTime('2026-12-07T14:41:00Z', '2018-05-14')).toBe('Dec 7, 2026, 5:41 PM GMT+3');
    // Late in the evening UTC is already the next day in Riyadh.
    expect(riyadh.formatTime('2024-03-04T22:00:00Z', '2024-03-05')).toMatch(/^01:00 AM GMT\+3$/);
  });

  it('replaces a malformed language tag with English and says so', () => {
    const locale = createLocale('not a tag!', 'UTC');
    expect(locale.language).toBe('en');
    expect(locale.warnings).toHaveLength(1);
  });
});
