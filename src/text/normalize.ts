/**
 * Folds the spelling variants that differ between outlets so that the same word compares equal:
 * Arabic diacritics and tatweel, alef forms, ى/ي, ة/ه, Persian ک/ی, Arabic-Indic digits,
 * Latin case and accents. Used for matching only; articles keep their own spelling.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/[\u0649\u06CC\u064A]/g, '\u064A') // ى ی → ي
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/[\u06A9\u06AA]/g, '\u0643') // ک ڪ → ك
    .replace(/\u0624/g, '\u0648') // ؤ → و
    .replace(/\u0626/g, '\u064A') // ئ → ي
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

// Latin accents (after NFKD), Arabic harakat, shadda, sukun, superscript alef, Quranic marks.
const COMBINING_MARKS = /[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
