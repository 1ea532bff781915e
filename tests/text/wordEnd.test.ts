import { describe, expect, it } from 'vitest';
import { wordEnd } from '../../src/text/wordEnd.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/uy;

/** The words of a text as the regular expression finds them, starting at every position it tries. */
function byPattern(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let index = 0; index < text.length; ) {
    WORD.lastIndex = index;
    const match = WORD.exec(text);
    if (match) {
      spans.push([index, index + match[0].length]);
      index += match[0].length;
    } else index++;
  }
  return spans;
}

function byWordEnd(text: string, splitNames = false): [number, number][] {
  const spans: [number, number][] = [];
  for (let index = 0; index < text.length; ) {
    const end = wordEnd(text, index, splitNames);
    if (end > index) {
      spans.push([index, end]);
      index = end;
    } else index++;
  }
  return spans;
}

describe('wordEnd', () => {
  it('ends a word where the word pattern ends it', () => {
    const text = "U.S. officials met Mr. Smith... don't rock-n-roll ’tis 7.6 ٢٠٢٦؟ الوزيرُ قال";
    expect(byWordEnd(text)).toEqual(byPattern(text));
    expect(text.slice(0, wordEnd(text, 0))).toBe('U.S.');
  });

  it('reads a thousands separator between digits as part of the number, and a comma anywhere else as an end', () => {
    const words = (text: string) => byWordEnd(text).map(([start, end]) => text.slice(start, end));
    expect(words('12,300 years, 1,500-year-old wine, 3, 4 and ٣٠٬٠٠٠')).toEqual(['12,300', 'years', '1,500-year-old', 'wine', '3', '4', 'and', '٣٠٬٠٠٠']);
    expect(words('7, then 8,')).toEqual(['7', 'then', '8']);
  });

  it('splits names joined by a hyphen or a full stop when asked, and nothing else', () => {
    const text = 'Israel-Gaza war, pro-Russian Mt.Gox, well-known e-commerce U.S. and COVID-19';
    const words = (splitNames: boolean) => byWordEnd(text, splitNames).map(([start, end]) => text.slice(start, end));
    expect(words(true)).toEqual(['Israel', 'Gaza', 'war', 'pro-Russian', 'Mt', 'Gox', 'well-known', 'e-commerce', 'U.S.', 'and', 'COVID-19']);
    expect(words(false)).toEqual(['Israel-Gaza', 'war', 'pro-Russian', 'Mt.Gox', 'well-known', 'e-commerce', 'U.S.', 'and', 'COVID-19']);
  });

  it('keeps combining marks inside a word but never starts one with them', () => {
    const text = 'e\u0301te\u0301 \u0301x كَتَبَ';
    expect(byWordEnd(text)).toEqual(byPattern(text));
    expect(wordEnd(text, text.indexOf('\u0301', 5))).toBe(text.indexOf('\u0301', 5));
  });

  it('reads letters past U+FFFF as one character and skips lone surrogates', () => {
    const text = 'a\u{1D400}b \u{20000}\u{20001} \u{10428}\u{10400} x\uD835 y \uDC00z 🙂 a🙂b';
    expect(byWordEnd(text)).toEqual(byPattern(text));
  });

  it('agrees with the pattern on every character of the Basic Multilingual Plane', () => {
    const codes = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff);
    const text = codes.map((code) => `${String.fromCharCode(code)}a `).join('');
    expect(byWordEnd(text)).toEqual(byPattern(text));
  });
});
