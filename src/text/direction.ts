import type { Direction } from '../types.js';

// Scripts written right to left: Hebrew, Arabic (with its supplements and presentation forms),
// Syriac, Thaana, N'Ko.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const ANY_LETTER = /\p{L}/u;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv', 'ku-Arab']);

/** `rtl` when most letters of the text belong to a right-to-left script. */
export function detectDirection(text: string): Direction {
  // Counted in one pass over the first 1,000 characters, without building arrays of matches:
  // this runs once per article.
  let letters = 0;
  let rtl = 0;
  const end = Math.min(text.length, 1000);
  for (let index = 0; index < end; index++) {
    const char = text[index]!;
    const code = char.charCodeAt(0);
    // ASCII letters are the common case and need no regex.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
    } else if (RTL_LETTER.test(char)) {
      letters++;
      rtl++;
    } else if (ANY_LETTER.test(char)) letters++;
  }
  if (letters === 0) return 'ltr';
  return rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

/** The direction of a language tag such as `ar`, `fa-IR`, `en`. */
export function directionOfLanguage(language: string): Direction {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
