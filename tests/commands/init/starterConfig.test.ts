import { describe, expect, it } from 'vitest';
import { starterConfig, type StarterLanguage } from '../../../src/commands/init/starterConfig.js';
import { parseJson } from '../../../src/config/load.js';
import { validateConfig } from '../../../src/config/validate.js';

const LANGUAGES: StarterLanguage[] = ['en', 'ar'];

function starter(language: StarterLanguage): string {
  return starterConfig({ language, timezone: 'Asia/Riyadh', schemaPath: '../daily-briefing/sources.schema.json', articlesFolder: 'articles' });
}

describe('starterConfig', () => {
  for (const language of LANGUAGES) {
    it(`is a valid config with comments, whose only enabled source is the sample folder (${language})`, () => {
      const text = starter(language);
      expect(text).toMatch(/^\/\/ /m);
      const { config, errors } = validateConfig(parseJson(text, 'sources.json'));
      expect(errors).toEqual([]);
      expect(config?.$schema).toBe('../daily-briefing/sources.schema.json');
      expect(config?.briefing).toMatchObject({ language, timezone: 'Asia/Riyadh', schedule: '0 7 * * *' });
      expect(config?.briefing.sections).toHaveLength(9);
      expect(config?.sources.filter((source) => source.enabled)).toEqual([expect.objectContaining({ path: 'articles', enabled: true })]);
      expect(config?.sources.filter((source) => source.url !== undefined && !source.enabled)).toHaveLength(2);
      expect(config?.topics).toHaveLength(1);
      expect(config?.delivery.email).toBeUndefined();
    });

    it(`sends email once the commented-out line is put back in (${language})`, () => {
      const text = starter(language).replace('// "email"', '"email"');
      const { config, errors } = validateConfig(parseJson(text, 'sources.json'));
      expect(errors).toEqual([]);
      expect(config?.delivery.email).toMatchObject({ from: 'briefing@example.org', to: ['me@example.org'] });
    });
  }

  it('names its example feeds in the language of the briefing', () => {
    expect(starter('ar')).toContain('https://feeds.bbci.co.uk/arabic/rss.xml');
    expect(starter('en')).toContain('https://feeds.bbci.co.uk/news/world/rss.xml');
  });
});
