// Arabic light stemming (after normalisation, so أ/إ/آ are already ا and ة is ه): strip the
// conjunction and preposition prefixes glued to the article, and the commonest plural and
// possessive suffixes, keeping at least three letters of root material.
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];
const ARABIC_SUFFIXES = ['هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'يه', 'ه', 'ي'];

/** A light stem of a normalised token, so that inflected forms of one word compare equal. */
export function stem(token: string): string {
  if (/[\u0600-\u06FF]/.test(token)) return stemArabic(token);
  // Latin: only the plural "s", which is safe across English, French and Spanish.
  if (token.length > 4 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}

function stemArabic(token: string): string {
  let word = token;
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word;
}
