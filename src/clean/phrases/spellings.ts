import type { PhrasePack } from './types.js';

/**
 * Adds the spellings a phrase pack would otherwise miss: every phrase of every key is replaced by
 * the variants `spell` gives for it. phraseSource (../phraseRegex.ts) already tolerates case,
 * spaces and the Arabic letter variants; this covers what a regular expression flag cannot.
 */
export function withSpellings(pack: PhrasePack, spell: (phrase: string) => readonly string[]): PhrasePack {
  const spelled = {} as Record<keyof PhrasePack, string[]>;
  for (const key of Object.keys(pack) as (keyof PhrasePack)[]) spelled[key] = [...new Set((pack[key] ?? []).flatMap(spell))];
  return spelled;
}

const ZWNJ = '\u200C';

/**
 * Persian and Urdu as sites really write them. Written with Arabic yeh and kaf, a phrase matches
 * both the Persian letters (ی U+06CC, ک U+06A9) and the Arabic ones (ي, ك) that older Persian sites
 * and keyboards produce, because phraseSource expands the Arabic letters to both. The zero-width
 * non-joiner of "می‌کند" is typed as ZWNJ, as a space or not at all, so all three are listed.
 */
export function persoArabicSpellings(phrase: string): string[] {
  const arabicLetters = phrase.replace(/\u06CC/gu, '\u064A').replace(/\u06A9/gu, '\u0643');
  if (!arabicLetters.includes(ZWNJ)) return [arabicLetters];
  return [arabicLetters, arabicLetters.replaceAll(ZWNJ, ' '), arabicLetters.replaceAll(ZWNJ, '')];
}

/**
 * Turkish capitals. A case-insensitive JavaScript regex folds neither "İ" to "i" nor "I" to "ı", so
 * "ilgili haberler" would miss "İlgili Haberler" and "İLGİLİ HABERLER": the capitalised forms a site
 * shows are listed as well (sentence case, title case, upper case, all with Turkish rules).
 */
export function turkishCapitals(phrase: string): string[] {
  if (!/[iı]/u.test(phrase)) return [phrase];
  const upper = (letter: string) => letter.toLocaleUpperCase('tr');
  const sentence = upper(phrase.charAt(0)) + phrase.slice(1);
  const title = phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_match, before: string, letter: string) => before + upper(letter));
  return [...new Set([phrase, sentence, title, upper(phrase)])];
}
