import type { Direction } from '../types.js';

// Scripts written right to left: Hebrew, Arabic (with its supplements and presentation forms),
// Syriac, Thaana, N'Ko.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const ANY_LETTER = /\p{L}/gu;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv', 'ku-Arab']);

/** `rtl` when most letters of the text belong to a right-to-left script. */
export function detectDirection(text: string): Direction {
  const sample = text.length > 1000 ? text.slice(0, 1000) : text;
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  if (letters === 0) return 'ltr';
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

/** The direction of a language tag such as `ar`, `fa-IR`, `en`. */
export function directionOfLanguage(language: string): Direction {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
