import { describe, expect, it } from 'vitest';
import { collapseDuplicates } from '../../src/group/collapseDuplicates.js';
import { minHashOfArticle } from '../../src/text/minHash.js';
import { article, peruAfp, vermeer } from './newsArticles.js';
import { withWireFrame } from './wireCopies.js';

const title = 'Fed holds rates steady as two governors dissent';
const ap = {
  ...article('fed-ap', 'AP', '2026-03-04T18:30:00Z', title, withWireFrame('WASHINGTON (AP) — ', '')),
  url: 'https://apnews.example/fed-holds-rates',
};
const herald = {
  ...article('fed-herald', 'Daily Herald', '2026-03-04T19:00:00Z', title, withWireFrame('By Christopher Rugaber, Associated Press\n\nWASHINGTON — ', 'Read more business news at the Daily Herald.')),
  url: 'https://herald.example/business/fed',
};
const saved = {
  ...article('fed-saved', 'Saved articles', null, title, withWireFrame('', 'Copyright 2026 The Associated Press.')),
  url: 'file:///home/reader/saved/fed.txt',
  file: '/home/reader/saved/fed.txt',
};

describe('collapseDuplicates', () => {
  it('keeps the fullest text and lists the copies with their source and link', () => {
    const result = collapseDuplicates([ap, herald]);
    expect(result).toHaveLength(1);
    expect(result[0]!.id).toBe('fed-herald');
    expect(result[0]!.duplicates).toEqual([{ id: 'fed-ap', source: 'AP', url: 'https://apnews.example/fed-holds-rates' }]);
  });

  it('lists the file of a copy read from a local file', () => {
    const result = collapseDuplicates([saved, herald]);
    expect(result.map((kept) => kept.id)).toEqual(['fed-herald']);
    expect(result[0]!.duplicates).toEqual([
      { id: 'fed-saved', source: 'Saved articles', url: 'file:///home/reader/saved/fed.txt', file: '/home/reader/saved/fed.txt' },
    ]);
  });

  it('keeps the other articles, in their order', () => {
    const result = collapseDuplicates([vermeer, ap, peruAfp, herald]);
    expect(result.map((kept) => kept.id)).toEqual(['vermeer-guardian', 'peru-afp', 'fed-herald']);
    expect(result[0]).toBe(vermeer);
  });

  it('keeps the earliest of two copies of the same length', () => {
    const later = { ...ap, id: 'fed-ap-later', source: 'AP Wire', published: '2026-03-04T20:00:00Z' };
    const result = collapseDuplicates([later, ap]);
    expect(result.map((kept) => kept.id)).toEqual(['fed-ap']);
    expect(result[0]!.duplicates?.map((copy) => copy.id)).toEqual(['fed-ap-later']);
  });

  it('adds to the copies an article already lists', () => {
    const withCopy = { ...herald, duplicates: [{ id: 'fed-yahoo', source: 'Yahoo News', url: 'https://yahoo.example/fed' }] };
    const result = collapseDuplicates([withCopy, ap]);
    expect(result[0]!.duplicates?.map((copy) => copy.source)).toEqual(['Yahoo News', 'AP']);
  });

  it('uses the signatures it is given, and signs the articles it is not given one for', () => {
    const signatures = new Map([[ap, minHashOfArticle(peruAfp)], [peruAfp, minHashOfArticle(peruAfp)]]);
    // AP's story given the signature of another: folded with that one, not with its real copy.
    const result = collapseDuplicates([ap, peruAfp, herald], (article) => signatures.get(article));
    expect(result).toHaveLength(2);
    expect(result.find((kept) => kept.id === herald.id)?.duplicates).toBeUndefined();
    expect(result.flatMap((kept) => [kept.id, ...(kept.duplicates ?? []).map((copy) => copy.id)]).sort()).toEqual([ap.id, herald.id, peruAfp.id].sort());
    expect(collapseDuplicates([ap, peruAfp, herald], () => undefined).map((kept) => kept.id)).toEqual(collapseDuplicates([ap, peruAfp, herald]).map((kept) => kept.id));
  });
});
