import type { Direction } from '../types.js';
import { isLetter } from './isLetter.js';

// Scripts written right to left: Hebrew, Arabic (with its supplements and presentation forms),
// Syriac, Thaana, N'Ko.
const isRtl = (code: number) => (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv', 'ku-Arab']);

/** How many code units at the start of a text detectDirection reads. */
export const DIRECTION_SAMPLE = 1000;

/** `rtl` when most letters of the text belong to a right-to-left script. */
export function detectDirection(text: string): Direction {
  // Counted in one pass over the first 1,000 code units, without building strings: this runs
  // once per article. Every character in a right-to-left block counts as one of its letters.
  let letters = 0;
  let rtl = 0;
  const end = Math.min(text.length, DIRECTION_SAMPLE);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
    } else if (isRtl(code)) {
      letters++;
      rtl++;
    } else if (isLetter(code)) letters++;
  }
  if (letters === 0) return 'ltr';
  return rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

/** The direction of a language tag such as `ar`, `fa-IR`, `en`. */
export function directionOfLanguage(language: string): Direction {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
