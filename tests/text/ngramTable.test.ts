import { describe, expect, it } from 'vitest';
import { decodeNgramTable, encodeNgramTable, scoresOf, type NgramData } from '../../src/text/ngramTable.js';

const data: NgramData = {
  type: 'T3',
  languages: { 0: 'ar', 1: 'en', 2: 'fr' },
  ngrams: {
    ' the': { 1: 120, 2: 7 },
    'ÙØ§Ù': { 0: 207 },
    'ÿé>L ': { 0: 6, 1: 53, 2: 99 },
  },
};

describe('the compact n-gram table', () => {
  it('gives back every n-gram with the scores it was made from', () => {
    const table = decodeNgramTable(encodeNgramTable(data));
    expect(table?.type).toBe('T3');
    expect(table?.languages).toEqual(data.languages);
    for (const [ngram, scores] of Object.entries(data.ngrams)) expect(scoresOf(table!, ngram)).toEqual(scores);
    expect(table?.ngrams.length).toBe(3);
  });

  it('knows nothing of an n-gram that is not in it', () => {
    const table = decodeNgramTable(encodeNgramTable(data))!;
    expect(scoresOf(table, ' thx')).toBeUndefined();
    expect(scoresOf(table, '')).toBeUndefined();
  });

  it('rejects bytes that are not a whole table, so that a damaged copy is made again', () => {
    const bytes = encodeNgramTable(data);
    expect(decodeNgramTable(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    expect(decodeNgramTable(Buffer.concat([bytes, Buffer.from([0])]))).toBeUndefined();
    expect(decodeNgramTable(Buffer.from('not a table'))).toBeUndefined();
    expect(decodeNgramTable(Buffer.alloc(0))).toBeUndefined();
    const otherFormat = Buffer.from(bytes);
    otherFormat[4] = 99;
    expect(decodeNgramTable(otherFormat)).toBeUndefined();
  });

  it('refuses an n-gram that is not a byte string rather than storing it wrong', () => {
    expect(() => encodeNgramTable({ ...data, ngrams: { 'عرب': { 0: 50 } } })).toThrow(/not a byte string/);
  });
});
