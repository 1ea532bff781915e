import { describe, expect, it } from 'vitest';
import { compileCategoryTable, mapCategory } from '../../src/section/mapCategory.js';

describe('mapCategory', () => {
  const table = compileCategoryTable();

  it('maps the usual section names of English and Arabic feeds', () => {
    expect(mapCategory('Sport', table)).toBe('sports');
    expect(mapCategory('World News', table)).toBe('world');
    expect(mapCategory('Middle East', table)).toBe('world');
    expect(mapCategory('Business / Markets', table)).toBe('business');
    expect(mapCategory('Arts & Culture', table)).toBe('culture');
    expect(mapCategory('اقتصاد', table)).toBe('business');
    expect(mapCategory('الرياضة', table)).toBe('sports');
    expect(mapCategory('عربي ودولي', table)).toBe('world');
    expect(mapCategory('صحة وطب', table)).toBe('health');
  });

  it('compares without case, punctuation or Arabic spelling variants', () => {
    expect(mapCategory('  SCI/TECH ', table)).toBe('technology');
    expect(mapCategory('سياسه', table)).toBe('politics');
    expect(mapCategory('الثقافة', table)).toBe('culture');
    expect(mapCategory('middleEast', table)).toBe('world');
    expect(mapCategory('internationalNews', table)).toBe('world');
  });

  it('says nothing for a category that names no section, or only a country', () => {
    expect(mapCategory('News', table)).toBeUndefined();
    expect(mapCategory('Top Stories', table)).toBeUndefined();
    expect(mapCategory('UK', table)).toBeUndefined();
    expect(mapCategory('Smartphones are everywhere', table)).toBeUndefined();
    expect(mapCategory('World War II (1939-45)', table)).toBeUndefined();
  });

  it('reads each part of a category path', () => {
    expect(mapCategory('fox-news/world/world-regions/china', table)).toBe('world');
    expect(mapCategory('fnc/politics', table)).toBe('politics');
    expect(mapCategory('Sport > Athletics', table)).toBe('sports');
  });

  it('lets the user add categories and override the built-in ones', () => {
    const mine = compileCategoryTable({ Cricket: 'sports', Bollywood: 'culture', 'World News': 'politics' });
    expect(mapCategory('cricket', mine)).toBe('sports');
    expect(mapCategory('Bollywood', mine)).toBe('culture');
    expect(mapCategory('World news', mine)).toBe('politics');
    expect(mapCategory('Bollywood', table)).toBeUndefined();
  });
});
