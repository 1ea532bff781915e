import { describe, expect, it } from 'vitest';
import { checkHtmlSize } from '../../src/render/checkHtmlSize.js';

describe('checkHtmlSize', () => {
  it('lets 90 KB of English HTML through', () => {
    expect(checkHtmlSize('a'.repeat(90 * 1024))).toBeNull();
  });

  it('warns about 90 KB of HTML that contains Arabic, which is sent as base64', () => {
    expect(checkHtmlSize(`مرحبا${'a'.repeat(90 * 1024)}`)).toMatch(/over the 75 KB budget for Arabic/);
  });

  it('warns about 110 KB of English HTML', () => {
    expect(checkHtmlSize('a'.repeat(110 * 1024))).toMatch(/over the 100 KB budget/);
  });
});
