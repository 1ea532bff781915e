import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/text/isSpace.js';

describe('isSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
