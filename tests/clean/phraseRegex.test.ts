import { describe, expect, it } from 'vitest';
import { phrasesRegex, phraseSource } from '../../src/clean/phraseRegex.js';

const phrases = ['we use cookies', 'we use cookies and similar technologies', 'this site uses cookies', 'this website uses cookies', 'نستخدم الكوكيز'];

describe('phrasesRegex', () => {
  it('finds any of the phrases anywhere, whatever the case and the spaces', () => {
    const regex = phrasesRegex(phrases, 'anywhere');
    expect(regex.exec('Hello. This  Website uses cookies to improve')?.[0]).toBe('This  Website uses cookies');
    expect(regex.exec('Note: this site uses cookies.')?.index).toBe(6);
    expect(regex.test('this web site uses cookies')).toBe(false);
  });

  it('matches the longer of two phrases that begin alike, and the shorter when the rest does not follow', () => {
    const regex = phrasesRegex(phrases, 'anywhere');
    expect(regex.exec('We use cookies and similar technologies on our site')?.[0]).toBe('We use cookies and similar technologies');
    expect(regex.exec('We use cookies and more')?.[0]).toBe('We use cookies');
  });

  it('tolerates Arabic spelling variants and marks, as each phrase does on its own', () => {
    const regex = phrasesRegex(phrases, 'anywhere');
    const variant = 'نَستخدم الكوكيز لتحسين تجربتك';
    expect(regex.test(variant)).toBe(new RegExp(phraseSource('نستخدم الكوكيز'), 'iu').test(variant));
    expect(regex.test(variant)).toBe(true);
  });

  it('holds the whole line, or its start, to the anchor it is given', () => {
    expect(phrasesRegex(phrases, 'line').test('we use cookies')).toBe(true);
    expect(phrasesRegex(phrases, 'line').test('we use cookies and similar technologies')).toBe(true);
    expect(phrasesRegex(phrases, 'line').test('Yes, we use cookies')).toBe(false);
    expect(phrasesRegex(phrases, 'start').test('we use cookies, of course')).toBe(true);
    expect(phrasesRegex(phrases, 'start').test('Yes, we use cookies')).toBe(false);
  });
});
