import type { DateKind } from './types.js';

// Words before a publication date, folded as normalizeText folds the text (no accents, ی → ي),
// with up to 30 other characters (a weekday, "on") between them and the date.
const PUBLISHED_WORDS = /(?<!\p{L})(?:published|posted|publication date|veroffentlicht|erschienen|publiziert|publie|publicado|publicada|publicacion|pubblicato|gepubliceerd|opublikowano|publicat|опубликовано|опубликован|публикация|yayinlanma|نشر|تاريخ النشر|منتشر شده|تاريخ انتشار|انتشار)\s*(?:on|am|le|el|il|on:|في|بتاريخ|:)?\s*:?\s*[^\d\n]{0,30}$/u;
const MODIFIED_WORDS = /(?<!\p{L})(?:updated|last modified|modified|aktualisiert|stand|mis a jour|actualizado|actualizada|aggiornato|bijgewerkt|обновлено|تحديث|اخر تحديث|به روز|بروزرساني|ويرايش)\s*(?:on|am|le|el|il|في|بتاريخ|:)?\s*:?\s*[^\d\n]{0,30}$/u;

/**
 * What the words just before a date (folded by normalizeText) say it is: `published` after
 * "Published", "Veröffentlicht am", "نشر في", "تاریخ انتشار"; `modified` after "Updated",
 * "Aktualisiert", "آخر تحديث"; undefined when neither stands there. Publication words win when
 * both do ("Published … updated").
 */
export function classifyIntroduction(before: string): DateKind | undefined {
  if (PUBLISHED_WORDS.test(before)) return 'published';
  return MODIFIED_WORDS.test(before) ? 'modified' : undefined;
}
