import { describe, expect, it } from 'vitest';
import { isLetter, letterAt } from '../../src/text/isLetter.js';

describe('isLetter', () => {
  it('agrees with /\\p{L}/u on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isLetter(code) !== /\p{L}/u.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});

describe('letterAt', () => {
  it('measures a letter in code units: 1 in the Basic Multilingual Plane, 2 past it', () => {
    expect(letterAt('aب', 0)).toBe(1);
    expect(letterAt('aب', 1)).toBe(1);
    // 𠀀 (U+20000, a CJK ideograph) is a letter written as a surrogate pair; 😀 is not a letter.
    expect(letterAt('x𠀀', 1)).toBe(2);
    expect(letterAt('x😀', 1)).toBe(0);
  });

  it('answers 0 for what is not a letter, a lone surrogate included', () => {
    expect(letterAt('a 1.', 1)).toBe(0);
    expect(letterAt('a 1.', 2)).toBe(0);
    expect(letterAt('\ud840', 0)).toBe(0);
    expect(letterAt('\udc00x', 0)).toBe(0);
    expect(letterAt('', 0)).toBe(0);
  });
});
