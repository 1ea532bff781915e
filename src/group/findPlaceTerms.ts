import { arabicPlaces } from '../section/words/ar.js';
import { englishPlaces } from '../section/words/en.js';
import { forEachTerm } from '../text/analyzeTerms.js';

/**
 * The ids (in vectorize's `keys`) of the terms that the section word lists know as places, in
 * English and Arabic: a country or a city names where news happens, not which story it is.
 */
export function findPlaceTerms(keys: readonly string[]): Set<number> {
  const places = new Set<string>();
  for (const [language, list] of [['en', englishPlaces], ['ar', arabicPlaces]] as const) {
    for (const place of list) forEachTerm(place, language, (key) => places.add(key));
  }
  const ids = new Set<number>();
  keys.forEach((key, id) => {
    if (places.has(key)) ids.add(id);
  });
  return ids;
}
