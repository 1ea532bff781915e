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

  it('stops counting once past a given number, answering with a count above it', () => {
    const paragraph = Array.from({ length: 200 }, (_, n) => `word${n}`).join(' ');
    expect(wordCount(paragraph)).toBe(200);
    expect(wordCount(paragraph, 15)).toBeGreaterThan(15);
    expect(wordCount(paragraph, 15)).toBeLessThan(200);
    expect(wordCount('one two three', 15)).toBe(3);
    expect(wordCount('one two three', 3)).toBe(3);
  });
});
