import { createRequire } from 'node:module';
import { normalizeText } from './normalize.js';

const require = createRequire(import.meta.url);
let lists: Readonly<Record<string, readonly string[]>> | undefined;
const cache = new Map<string, ReadonlySet<string>>();

/**
 * The stop words of a language from stopwords-iso, normalised like tokens are. For `und` (unknown)
 * the union of the languages our readers use most, so a mixed text still loses its filler words.
 */
export function stopwordsFor(language: string): ReadonlySet<string> {
  const cached = cache.get(language);
  if (cached) return cached;
  lists ??= require('stopwords-iso') as Record<string, readonly string[]>;
  const languages = language === 'und' ? ['ar', 'en', 'fr', 'de', 'es'] : [language];
  const words = new Set(languages.flatMap((code) => lists?.[code] ?? []).map(normalizeText));
  cache.set(language, words);
  return words;
}
