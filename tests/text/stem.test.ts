import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';

const stemOf = (word: string, language: string) => stem(normalizeText(word), language);

describe('stem', () => {
  it('gives the spellings and the feminine of an Arabic adjective one stem', () => {
    expect(stemOf('الروسى', 'ar')).toBe(stemOf('الروسي', 'ar'));
    expect(stemOf('الروسية', 'ar')).toBe(stemOf('الروسي', 'ar'));
    expect(stemOf('السيبرانى', 'ar')).toBe(stemOf('السيبراني', 'ar'));
    expect(stemOf('السيبرانية', 'ar')).toBe(stemOf('السيبراني', 'ar'));
  });

  it('strips a conjunction glued to the Arabic article', () => {
    expect(stemOf('والولايات', 'ar')).toBe(stemOf('الولايات', 'ar'));
    expect(stemOf('للأمن', 'ar')).toBe(stemOf('الأمن', 'ar'));
    expect(stemOf('بالأمن', 'ar')).toBe(stemOf('الأمن', 'ar'));
  });

  it('stems Arabic script whatever language the text was tagged with', () => {
    expect(stemOf('الروسية', 'und')).toBe(stemOf('الروسي', 'ar'));
  });

  it('keeps at least three letters of an Arabic word', () => {
    expect(stemOf('الأمن', 'ar')).toBe('امن');
  });

  it('gives English inflections one stem', () => {
    expect(stemOf('elections', 'en')).toBe(stemOf('election', 'en'));
    expect(stemOf('talks', 'en')).toBe(stemOf('talk', 'en'));
  });

  it('stems English exactly as the Snowball English stemmer does', () => {
    const snowball = (createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } }).newStemmer('english');
    const words = new Set(['generously', 'skies', 'dying', 'news', 'succeeded', 'proceedings', 'gently', 'communism', 'arsenal', 'cannings']);
    const ecb = fileURLToPath(new URL('../../../shared/eval/clustering/ecbplus/stories.jsonl', import.meta.url));
    if (existsSync(ecb)) for (const line of readFileSync(ecb, 'utf8').split('\n').filter(Boolean)) for (const [word] of ((JSON.parse(line) as { text?: string }).text ?? '').toLowerCase().matchAll(/\p{L}+/gu)) words.add(normalizeText(word));
    for (const word of words) expect({ word, stem: stem(word, 'en') }).toEqual({ word, stem: snowball.stem(word) });
  });

  it('gives French inflections one stem after normalisation', () => {
    expect(stemOf('négociations', 'fr')).toBe(stemOf('négociation', 'fr'));
  });

  it('returns a token of another script unchanged', () => {
    expect(stem('東京', 'en')).toBe('東京');
    expect(stem('москва', 'en')).toBe('москва');
  });

  it('returns a token unchanged when the language has no stemmer', () => {
    expect(stem('elections', 'und')).toBe('elections');
  });

  it('leaves numbers and mixed tokens alone', () => {
    expect(stem('2026', 'en')).toBe('2026');
    expect(stem('covid19', 'en')).toBe('covid19');
  });
});
