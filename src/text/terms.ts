import { stem } from './stem.js';
import { stopwordsFor } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** The content terms of a text: normalised tokens without stop words or bare numbers, stemmed. */
export function extractTerms(text: string, language: string): string[] {
  const stopwords = stopwordsFor(language);
  return tokenize(text)
    .filter((token) => token.length > 1 && !/^\d{1,3}$/.test(token) && !stopwords.has(token))
    .map(stem);
}
