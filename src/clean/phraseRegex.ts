/**
 * Builds a regular expression source for a phrase that tolerates the spelling variants outlets use:
 * any run of spaces, Arabic alef/yeh/teh-marbuta forms, optional Arabic diacritics and tatweel,
 * Latin case (the caller adds the `i` flag). "انسخ الرابط" also matches "إنسخ الرابط".
 */
export function phraseSource(phrase: string): string {
  let out = '';
  for (const char of phrase.trim()) {
    out += VARIANTS[char] ?? (/\s/.test(char) ? '\\s+' : escapeRegex(char));
    if (/[\u0600-\u06FF]/.test(char)) out += ARABIC_MARKS;
  }
  return out;
}

/** One case-insensitive, Unicode regex that matches any of the phrases at the given anchor. */
export function phrasesRegex(phrases: readonly string[], anchor: 'line' | 'start' | 'anywhere'): RegExp {
  // Longest first, so that "share this article" wins over "share".
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
  const body = `(?:${alternatives})`;
  const source = anchor === 'line' ? `^${body}$` : anchor === 'start' ? `^${body}` : body;
  return new RegExp(source, 'iu');
}

const ARABIC_MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';

const VARIANTS: Readonly<Record<string, string>> = {
  'ا': '[اأإآٱ]',
  'أ': '[اأإآ]',
  'إ': '[اأإآ]',
  'آ': '[اأإآ]',
  'ي': '[يىی]',
  'ى': '[يىی]',
  'ة': '[ةه]',
  'ه': '[هة]',
  'ك': '[كک]',
  'ک': '[كک]',
  'ی': '[يىی]',
  "'": "['’]",
  '’': "['’]",
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
