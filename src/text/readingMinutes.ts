/**
 * Rough silent-reading speeds for news prose, in words a minute: English about 230, Arabic slower
 * at about 180 (longer words, short vowels left to the reader), other spaced languages about 200.
 * The label is a hint for choosing what to read, not a measurement: round figures are enough.
 */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { ar: 180, en: 230 };
const DEFAULT_WORDS_PER_MINUTE = 200;

/**
 * Chinese and Japanese have no spaces to count words by: they are read at about 400 characters a
 * minute. Korean puts spaces between words, so its words are counted like any other language's.
 */
const CHARACTERS_PER_MINUTE = 400;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Estimated minutes to read `text` written in `language` (a BCP 47 tag): at least 1 for any text
 * with a word in it, 0 for none (a story known only by its title and summary).
 */
export function readingMinutes(text: string, language: string): number {
  const characters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  if (characters === 0 && words === 0) return 0;
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  const minutes = characters / CHARACTERS_PER_MINUTE + words / (WORDS_PER_MINUTE[primary] ?? DEFAULT_WORDS_PER_MINUTE);
  return Math.max(1, Math.round(minutes));
}

// A text this short is a feed's teaser, not the article: the article behind its link is longer.
const TEASER_WORDS = 80;

/** Whether `text` is a teaser rather than an article (Chinese and Japanese, not counted in words, never are). */
export function isTeaser(text: string): boolean {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return false;
  return (text.match(WORD)?.length ?? 0) < TEASER_WORDS;
}
