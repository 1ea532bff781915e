import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/text/readingMinutes.js';

const words = (n: number, word = 'word'): string => Array.from({ length: n }, () => word).join(' ');

describe('readingMinutes', () => {
  it('reads English at about 230 words a minute', () => {
    expect(readingMinutes(words(690), 'en')).toBe(3);
    expect(readingMinutes(words(690), 'en-GB')).toBe(3);
  });

  it('reads Arabic more slowly, at about 180 words a minute', () => {
    expect(readingMinutes(words(540, 'كلمة'), 'ar')).toBe(3);
    expect(readingMinutes(words(690, 'كلمة'), 'ar')).toBe(4);
  });

  it('reads other spaced languages at 200 words a minute', () => {
    expect(readingMinutes(words(1000, 'mot'), 'fr')).toBe(5);
    expect(readingMinutes(words(1000, 'mot'), 'und')).toBe(5);
  });

  it('counts Chinese and Japanese by characters, 400 a minute', () => {
    expect(readingMinutes('中'.repeat(1200), 'zh')).toBe(3);
    expect(readingMinutes('ひらがなカタカナ漢字'.repeat(80), 'ja')).toBe(2);
  });

  it('counts Korean by its spaced words', () => {
    expect(readingMinutes(words(600, '한국어'), 'ko')).toBe(3);
  });

  it('says at least one minute for a short text and 0 for none', () => {
    expect(readingMinutes('Just a line.', 'en')).toBe(1);
    expect(readingMinutes('', 'en')).toBe(0);
    expect(readingMinutes(' — … ', 'en')).toBe(0);
  });

  it('counts a hyphenated or apostrophised word and a diacritised Arabic word once', () => {
    expect(readingMinutes(words(230, "well-known it's"), 'en')).toBe(2);
    expect(readingMinutes(words(360, 'كَتَبَ'), 'ar')).toBe(2);
  });
});
