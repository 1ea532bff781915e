import { describe, expect, it } from 'vitest';
import { findPlaceTerms } from '../../src/group/findPlaceTerms.js';
import { vectorize } from '../../src/group/vectorize.js';
import { article } from './newsArticles.js';

describe('findPlaceTerms', () => {
  it('finds the terms that name places, in English and Arabic, and no others', () => {
    const { keys } = vectorize([
      article('en', 'Wire', '2024-01-21T10:00:00Z', 'Shelling hits a market in Donetsk', 'Officials in Kyiv denied the attack on the market.'),
      article('ar', 'وكالة', '2024-01-21T10:00:00Z', 'قصف سوق في غزة', 'قال مسؤولون في غزة إن القصف أصاب السوق المركزي.'),
    ]);
    const places = [...findPlaceTerms(keys)].map((id) => keys[id]);
    expect(places).toEqual(expect.arrayContaining([keys.find((key) => key.startsWith('donetsk')), keys.find((key) => key.startsWith('kyiv')), keys.find((key) => key.includes('غز'))]));
    expect(places).not.toContain(keys.find((key) => key.startsWith('market')));
    expect(places).not.toContain(keys.find((key) => key.startsWith('shell')));
  });
});
