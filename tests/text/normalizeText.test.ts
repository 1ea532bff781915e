import { describe, expect, it } from 'vitest';
import { normalizedLengthAtLeast, normalizeText } from '../../src/text/normalize.js';

describe('normalizeText', () => {
  it('folds final ى into ي, as Egyptian outlets write it', () => {
    expect(normalizeText('الروسى')).toBe(normalizeText('الروسي'));
    expect(normalizeText('السيبرانى')).toBe(normalizeText('السيبراني'));
  });

  it('folds the hamza forms of alef into bare alef', () => {
    expect(normalizeText('الأمن')).toBe('الامن');
    expect(normalizeText('الإمن')).toBe('الامن');
    expect(normalizeText('آسيا')).toBe('اسيا');
  });

  it('keeps different letters apart: سيرغي and سيرجي are two transliterations, not two spellings', () => {
    expect(normalizeText('سيرغي')).not.toBe(normalizeText('سيرجي'));
  });

  it('drops tatweel and diacritics', () => {
    expect(normalizeText('كـتـاب')).toBe('كتاب');
    expect(normalizeText('كِتَاب')).toBe('كتاب');
    expect(normalizeText('مُحَمَّدٌ')).toBe('محمد');
  });

  it('folds ta marbuta into ha', () => {
    expect(normalizeText('مدرسة')).toBe(normalizeText('مدرسه'));
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(normalizeText('عام ٢٠٢٦')).toBe('عام 2026');
    expect(normalizeText('سال ۲۰۲۶')).toBe('سال 2026');
  });

  it('folds Persian kaf and yeh into their Arabic forms', () => {
    expect(normalizeText('کتاب')).toBe('كتاب');
    expect(normalizeText('ایران')).toBe('ايران');
  });

  it('lowercases Latin text and strips its accents', () => {
    expect(normalizeText('Élysée')).toBe('elysee');
    expect(normalizeText('São Paulo')).toBe('sao paulo');
  });

  it('folds a mixed text in one pass as each fold would alone, and keeps what it does not fold', () => {
    expect(normalizeText('Le Président قال: مُحَمَّدٌ في ٢٠٢٦ 😀 東京')).toBe('le president قال: محمد في 2026 😀 東京');
    // Lone surrogates are kept as they are, not replaced.
    expect(normalizeText('a\uD800b\uDC00')).toBe('a\uD800b\uDC00');
  });
});

describe('normalizedLengthAtLeast', () => {
  it('is never more than the length of the normalised text, for any code point alone or after a letter', () => {
    const over: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      for (const text of [char, `a${char}`]) if (normalizedLengthAtLeast(text) > normalizeText(text).length) over.push(code.toString(16));
    }
    expect(over).toEqual([]);
  });

  it('counts code points, leaving out the marks the fold drops', () => {
    expect(normalizedLengthAtLeast('مُحَمَّد')).toBe(4);
    expect(normalizedLengthAtLeast('Café')).toBe(4);
    expect(normalizedLengthAtLeast('𝐀b')).toBe(2);
  });
});
