import { normalizeText } from '../text/normalize.js';
import { walkWords } from './walkWords.js';

/**
 * One word of a configured keyword, ready to be looked up. `keys` are the exact forms a word of
 * the text may be filed under (see indexKeywords.ts); a `word` is also compared by its stem in the
 * text's language, which depends on the article and is therefore left to the index.
 */
export interface KeywordWord {
  /** As configured ("Iran", "US", "الأبيض"). */
  written: string;
  /** After normalizeText, possessive and dots removed. */
  normalized: string;
  /** `acronym` and `short` match only themselves; `word` also its inflections and demonyms. */
  kind: 'acronym' | 'short' | 'word' | 'arabic';
  keys: string[];
}

// Shorter Latin words are compared whole: their stems and derived forms catch unrelated words.
const SHORT_LENGTH = 3;

/**
 * The words of a keyword, split the way the text is (walkWords), each with the forms it matches.
 * "US" and "EU" match only themselves in capitals ("us" is a pronoun); "art" only "art" and "arts"
 * ("article" is no art); "Iran" also "Iranian(s)"; إيران also الإيراني، وإيران، لإيران.
 */
export function compileKeyword(keyword: string): KeywordWord[] {
  const words: KeywordWord[] = [];
  walkWords(keyword, (start, end) => {
    const written = keyword.slice(start, end);
    const plain = withoutPossessive(written).replaceAll('.', '');
    const normalized = normalizeText(plain);
    if (normalized === '') return;
    if (/[\u0600-\u06ff]/.test(normalized)) words.push({ written, normalized, kind: 'arabic', keys: arabicKeys(normalized) });
    else if (isAcronym(plain)) words.push({ written, normalized, kind: 'acronym', keys: [plain.length <= SHORT_LENGTH ? `A:${plain}` : `a:${normalized}`] });
    else if (normalized.length <= SHORT_LENGTH) words.push({ written, normalized, kind: 'short', keys: [normalized, normalized + (/[sxz]$/.test(normalized) ? 'es' : 's')].map((form) => `x:${form}`) });
    else words.push({ written, normalized, kind: 'word', keys: [normalized, ...demonymsOf(normalized)].map((form) => `x:${form}`) });
  });
  return words;
}

/** "Iran's" → "Iran": the possessive is no part of the name. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

/** Written in capitals, at least two characters: "US", "EU", "NATO", "G20". */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
}

// Endings that make a people or an adjective of a place, in English and French: Israeli,
// Iraqi, Russian, Iranian, Chinese, Danish, iranien, iranienne. Each may take a plural s.
const DEMONYM_ENDINGS = ['i', 'n', 'an', 'ian', 'ese', 'ish', 'ien', 'ienne'];

/**
 * The regular demonyms of a name: the name, or the name without its final vowel, plus an ending
 * (China → Chinese, Italy → Italian, Ukraine → Ukrainian, Lebanon → Lebanese, Germany → German).
 * Irregular ones (France → French, Britain → British, Turkey → Turkish) are for users to list.
 */
function demonymsOf(word: string): string[] {
  const bases = [word];
  if (/[aeoy]$/.test(word) && word.length >= 5) bases.push(word.slice(0, -1));
  if (word.endsWith('on') && word.length >= 6) bases.push(word.slice(0, -2));
  const forms = bases.flatMap((base) => DEMONYM_ENDINGS.map((ending) => base + ending));
  if (word.endsWith('y') && word.length >= 6) forms.push(word.slice(0, -1));
  return forms.flatMap((form) => [form, `${form}s`]);
}

/**
 * The cores an Arabic keyword word is found under (see splitArabicAffixes): the word, and without
 * its article, so that الصين also matches صينية; for a name ending in ا، يا or ة, the stem its
 * nisba is built on (روسيا → روسي، أمريكا → أمريكية، السعودية → السعوديون). A core of three
 * letters takes no plural or pronoun ending (قطر must not match قطرات), one of two letters nothing.
 */
function arabicKeys(word: string): string[] {
  if (word.length <= 2) return [`w:${word}`];
  const cores = [word];
  if (word.startsWith('ال') && word.length - 2 >= 3) cores.push(word.slice(2));
  const keys: string[] = [];
  for (const core of cores) {
    keys.push(...(core.length >= 4 ? [`r:${core}`] : [`e:${core}`, `n:${core}`]));
    const ending = ['يا', 'يه', 'ا', 'ه'].find((candidate) => core.endsWith(candidate) && core.length - candidate.length >= 3);
    if (ending) keys.push(`n:${core.slice(0, -ending.length)}`);
  }
  return keys;
}
