import { describe, expect, it } from 'vitest';
import { dot } from '../../src/group/sparse.js';
import { vectorize } from '../../src/group/vectorize.js';
import { analyzeTerms } from '../../src/text/analyzeTerms.js';
import type { Article } from '../../src/types.js';
import { article, electionBbc, electionReuters, lavrovRt, lavrovSputnik, peruAfp, sumatraAp, sumatraReuters, vermeer } from './newsArticles.js';

const articles = [sumatraReuters, sumatraAp, peruAfp, electionBbc, electionReuters, lavrovRt, lavrovSputnik, vermeer];

/** TF-IDF as the definition reads, term by term with maps: what vectorize must compute, to the bit. */
function reference(items: readonly Article[], titleWeight = 3, specificWeight = 1.5): Map<string, number>[] {
  const counts = items.map((item) => {
    const tf = new Map<string, number>();
    for (const [text, weight] of [[item.title, titleWeight], [item.text, 1]] as const) {
      for (const term of analyzeTerms(text, item.language)) tf.set(term.key, (tf.get(term.key) ?? 0) + weight * (term.specific ? specificWeight : 1));
    }
    return tf;
  });
  const documentFrequency = new Map<string, number>();
  for (const tf of counts) for (const key of tf.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  return counts.map((tf) => {
    const keys = [...tf.keys()];
    const weights = keys.map((key) => (1 + Math.log(tf.get(key)!)) * (Math.log((items.length + 1) / (documentFrequency.get(key)! + 1)) + 1));
    return new Map(keys.map((key, index) => [key, weights[index]!]));
  });
}

describe('vectorize', () => {
  it('gives each article its TF-IDF weights, L2-normalised, over ascending term ids', () => {
    const { vectors, keys } = vectorize(articles);
    const expected = reference(articles);
    vectors.forEach((vector, index) => {
      expect([...vector.ids]).toEqual([...vector.ids].sort((a, b) => a - b));
      const raw = expected[index]!;
      expect([...vector.ids].map((id) => keys[id]).sort()).toEqual([...raw.keys()].sort());
      const norm = Math.sqrt([...vector.ids].reduce((sum, id) => sum + raw.get(keys[id]!)! ** 2, 0));
      vector.ids.forEach((id, position) => {
        expect(vector.weights[position]).toBeCloseTo(raw.get(keys[id]!)! / norm, 6);
      });
      expect(dot(vector, vector)).toBeCloseTo(1, 5);
    });
  });

  it('counts a headline word three times and a name or number one and a half times', () => {
    const harbour = article('a', 'Test', null, 'Harbour', 'The harbour reopened after repairs.');
    const valletta = article('b', 'Test', null, 'Bridge', 'The bridge in Valletta reopened after repairs.');
    const other = article('c', 'Test', null, 'Ferry', 'A ferry reopened after repairs.');
    const { vectors, keys } = vectorize([harbour, valletta, other]);
    // Weights relative to "reopen", which every article has once (idf 1, weight 1): normalisation cancels.
    const relative = (index: number, key: string) => {
      const vector = vectors[index]!;
      const weightOf = (wanted: string) => vector.weights[[...vector.ids].findIndex((id) => keys[id] === wanted)]!;
      return weightOf(key) / weightOf('reopen');
    };
    const idfOfOne = Math.log(4 / 2) + 1;
    // "Harbour" in the headline and once in the text: 3 + 1.
    expect(relative(0, 'harbour')).toBeCloseTo((1 + Math.log(4)) * idfOfOne, 5);
    // "Valletta" inside a sentence is a name: 1.5.
    expect(relative(1, 'valletta')).toBeCloseTo((1 + Math.log(1.5)) * idfOfOne, 5);
  });

  it('marks as a name in a Title Case headline a word the run writes as a name elsewhere', () => {
    const titleCase = article('t', 'Aggregator', null, 'Ebay Urges Shareholders To Vote Against Icahn Nominees', '');
    const sentenceCase = article('s', 'Wire', null, 'Shareholders asked to reject Icahn picks for the board', '');
    const lowerCase = article('l', 'Blog', null, 'Why you should vote in the nominees ballot', '');
    const { named, keys } = vectorize([titleCase, sentenceCase, lowerCase]);
    const namesOf = (index: number) => [...named[index]!].map((id) => keys[id]);
    // "Icahn" is capitalised inside a sentence in the wire's headline; "Vote" and "Nominees" are
    // capitalised only as Title Case, and the blog writes them in lower case.
    expect(namesOf(0)).toEqual(['icahn']);
    expect(namesOf(1)).toEqual(['icahn']);
    expect(namesOf(2)).toEqual([]);
  });

  it('does not mark as a name a word an article itself writes in lower case, however the run writes it', () => {
    const trailer = article('t', 'Wire', null, "New trailer of 'Game of Thrones' promises dragons", '');
    const teaser = article('s', 'Daily', null, "Fans dissect the 'Game of Thrones' teaser", '');
    const burgers = article('b', 'Food', null, "Food: McDonald's game plan to win back customers", '');
    const { named, keys } = vectorize([trailer, teaser, burgers]);
    const namesOf = (index: number) => [...named[index]!].map((id) => keys[id]);
    expect(namesOf(0)).toContain('game');
    expect(namesOf(2)).not.toContain('game');
  });

  it('reads names joined by a hyphen as the names they are, but not in a Title Case headline', () => {
    const sentence = article('s', 'Wire', null, 'Israel-Gaza talks resume in Cairo', 'Mediators met Israel-Hamas negotiators on Sunday.');
    const titleCase = article('t', 'Daily', null, 'Gaza Becomes An Open-Air Prison Again', '');
    const { vectors, keys } = vectorize([sentence, titleCase]);
    const termsOf = (index: number) => [...vectors[index]!.ids].map((id) => keys[id]);
    expect(termsOf(0)).toEqual(expect.arrayContaining(['israel', 'gaza', 'hama']));
    expect(termsOf(1)).toContain('open-air');
  });

  it("keeps apart the names of an article's headline from those of its text", () => {
    const { named, headlineNamed, keys } = vectorize([sumatraReuters]);
    const words = (ids: Int32Array) => [...ids].map((id) => keys[id]).sort();
    // The headline names the magnitude, the island and the toll; the text adds Padang and Indonesia.
    expect(words(headlineNamed[0]!)).toEqual(['12', '7.1', 'sumatra']);
    expect(words(named[0]!)).toEqual(expect.arrayContaining(['12', '7.1', 'sumatra', 'padang']));
  });

  it('gives an article without terms an empty vector', () => {
    const empty = article('e', 'Test', null, 'The', 'And the of.');
    const { vectors } = vectorize([empty, sumatraReuters]);
    expect(vectors[0]!.ids.length).toBe(0);
    expect(vectors[1]!.ids.length).toBeGreaterThan(0);
  });

  it('refuses weights that are not positive', () => {
    expect(() => vectorize([sumatraReuters], { titleWeight: 0 })).toThrow(/weights must be positive/);
    expect(() => vectorize([sumatraReuters], { specificWeight: -1 })).toThrow(/weights must be positive/);
  });
});
