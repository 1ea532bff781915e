import { describe, expect, it } from 'vitest';
import { chooseIsolation } from '../../src/render/chooseIsolation.js';

describe('chooseIsolation', () => {
  it('leaves a name alone that has letters of the surrounding direction only', () => {
    expect(chooseIsolation('Sample articles (Arabic and English)', 'ltr')).toBeNull();
    expect(chooseIsolation('فرانس 24', 'rtl')).toBeNull();
  });

  it('isolates a name of the other direction in its own direction', () => {
    expect(chooseIsolation('بي بي سي عربي', 'ltr')).toBe('rtl');
    expect(chooseIsolation('ICE agent', 'rtl')).toBe('ltr');
  });

  it('isolates a name that mixes both directions in the direction of its first letter', () => {
    expect(chooseIsolation('HTTP 503 (آخر جلب)', 'rtl')).toBe('ltr');
    expect(chooseIsolation('الجزيرة English', 'ltr')).toBe('rtl');
  });

  it('isolates a run with no letters in the surrounding direction, so it does not join the numbers next to it', () => {
    expect(chooseIsolation('24', 'rtl')).toBe('rtl');
    expect(chooseIsolation('(3)', 'ltr')).toBe('ltr');
  });
});
