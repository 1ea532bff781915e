import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/clean/classifyLine.js';

describe('wordCount', () => {
  it('counts words separated by any white space, however many', () => {
    expect(wordCount('Share  this\tarticle\u00a0now')).toBe(4);
    expect(wordCount('  انسخ الرابط  ')).toBe(2);
    expect(wordCount('')).toBe(0);
    expect(wordCount(' \n ')).toBe(0);
  });

  it('counts about one word per two Chinese or Japanese characters', () => {
    expect(wordCount('国务院总理')).toBe(3);
    expect(wordCount('東京 タワー')).toBe(3);
    expect(wordCount('Xinhua 新华社 reports')).toBe(4);
  });
});
