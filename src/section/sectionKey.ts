import { POSSESSIVE } from '../text/analyzeTerms.js';
import { normalizeText } from '../text/normalize.js';
import { stem } from '../text/stem.js';

const MAX_REMEMBERED = 200_000;

/**
 * A word as the section lists and the section model compare it: normalised and stemmed like the
 * text, an English possessive dropped, stop words kept (the grouping's stop-word lists hold words
 * that name sections, "computer", "research"). `memo` remembers the keys of words as written:
 * news vocabulary repeats.
 */
export function sectionKey(surface: string, language: string, memo?: Map<string, string>): string {
  let key = memo?.get(surface);
  if (key === undefined) {
    key = stem(normalizeText(language.startsWith('en') ? surface.replace(POSSESSIVE, '') : surface), language);
    if (memo) {
      if (memo.size >= MAX_REMEMBERED) memo.clear();
      memo.set(surface, key);
    }
  }
  return key;
}
