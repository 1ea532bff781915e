import { describe, expect, it } from 'vitest';
import { cleanUnicode } from '../../src/clean/cleanUnicode.js';

describe('cleanUnicode', () => {
  it('decodes entities and composes accents (NFC)', () => {
    expect(cleanUnicode('Caf&eacute; &amp; bar')).toBe('Café & bar');
    expect(cleanUnicode('Cafe\u0301')).toBe('Café');
  });

  it('removes invisible and control characters, keeping ZWNJ for Persian and ZWJ for emoji', () => {
    expect(cleanUnicode('\ufeffHello\u200b wor\u00adld\u0007')).toBe('Hello world');
    expect(cleanUnicode('می\u200cخواهم 👩\u200d💻')).toBe('می\u200cخواهم 👩\u200d💻');
  });

  it('turns every kind of space into one, and keeps line breaks without the spaces around them', () => {
    expect(cleanUnicode('a\u00a0\u2003 b\t\tc')).toBe('a b c');
    expect(cleanUnicode('first line  \r\n  second\rthird')).toBe('first line\nsecond\nthird');
  });

  it('returns text that needs none of it unchanged', () => {
    const plain = 'أعلنت الوزارة اليوم، in plain text.';
    expect(cleanUnicode(plain)).toBe(plain);
  });
});
