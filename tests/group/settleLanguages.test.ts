import { describe, expect, it } from 'vitest';
import { settleLanguages } from '../../src/group/settleLanguages.js';
import type { Article } from '../../src/types.js';
import { article } from './newsArticles.js';

const headline = (id: string, source: string, title: string, language: string): Article => ({ ...article(id, source, null, title, ''), language });

describe('settleLanguages', () => {
  const wire = [
    headline('a', 'Wire', 'Mt Gox files US bankruptcy', 'fr'),
    headline('b', 'Wire', 'Apple releases iOS 7.1 with CarPlay', 'en'),
    headline('c', 'Wire', 'GM hires law firms to probe recall response', 'en'),
    headline('d', 'Wire', 'Lena Dunham apologises for a joke', 'en'),
  ];

  it("gives a short text the usual language of its source when detection guessed another of the same script", () => {
    expect(settleLanguages(wire).map((item) => item.language)).toEqual(['en', 'en', 'en', 'en']);
  });

  it("falls back to the run's usual language for a source of one headline", () => {
    const lone = headline('e', 'Stuff', 'Mt Gox files US bankruptcy', 'fr');
    const others = [headline('k', 'Post', 'Bitcoin exchange seeks US protection', 'en'), headline('l', 'Herald', 'Malaysia widens search for missing jet', 'en')];
    expect(settleLanguages([...wire, ...others, lone]).at(-1)?.language).toBe('en');
  });

  it('keeps the language of a long text, of another script, and of a mixed source', () => {
    const long = { ...article('f', 'Wire', null, 'Le Parti socialiste gagne', 'Le Parti socialiste a remporté les élections législatives anticipées de dimanche avec 36 % des voix, selon les résultats officiels, sans obtenir la majorité absolue dont il a besoin pour gouverner seul.'), language: 'fr' };
    const arabic = headline('g', 'Wire', 'لافروف يصل إلى القاهرة', 'ar');
    const settled = settleLanguages([...wire, long, arabic]);
    expect(settled.at(-2)?.language).toBe('fr');
    expect(settled.at(-1)?.language).toBe('ar');
    const mixed = [headline('h', 'Mixed', 'Mt Gox files US bankruptcy', 'fr'), headline('i', 'Mixed', 'Apple releases iOS 7.1', 'en'), headline('j', 'Mixed', 'Le Tour de France part', 'fr')];
    expect(settleLanguages(mixed).map((item) => item.language)).toEqual(['fr', 'en', 'fr']);
  });
});
