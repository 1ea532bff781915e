/**
 * The words of the email's own interface (not of the stories), per language.
 * Plural entries follow Intl.PluralRules categories: Arabic needs all six, English two.
 * `{n}` and other `{name}` placeholders are filled in by the locale (see locale.ts).
 */

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface UiStrings {
  contents: string;
  problems: string;
  failed: string;
  empty: string;
  /** Shown for an empty source that gave no reason. */
  noItems: string;
  /** A source that still answers but has brought nothing new for days. */
  stale: string;
  /** `{date}`: the day a failing source last worked. */
  lastWorked: string;
  /** `{date}`: the day a stale source last brought something new. */
  nothingNewSince: string;
  /** Footer line; `{time}` is the generation time in the briefing's timezone. */
  prepared: string;
  /** Footer link to stop receiving the briefing. */
  unsubscribe: string;
  /** Name shown for the group stage's catch-all topic (`Other`, kind `automatic`). */
  otherTopic: string;
  /** The front page: the stories covered by the most outlets (topic kind `top`). */
  topStories: string;
  sources: PluralForms;
  /** Estimated reading time of a story's main article. */
  readingTime: PluralForms;
  more: PluralForms;
  /** After the outlets listed on a story card: the ones left out. */
  moreSources: PluralForms;
  articles: PluralForms;
}

const en: UiStrings = {
  contents: 'Contents',
  problems: 'Sources with problems',
  failed: 'failed',
  empty: 'empty',
  noItems: 'no items',
  stale: 'stale',
  lastWorked: 'last worked on {date}',
  nothingNewSince: 'nothing new since {date}',
  prepared: 'Prepared at {time}',
  unsubscribe: 'Unsubscribe',
  otherTopic: 'Other',
  topStories: 'Top stories',
  sources: { one: '{n} source', other: '{n} sources' },
  readingTime: { other: '{n} min read' },
  more: { other: '+{n} more' },
  moreSources: { other: '+{n} more' },
  articles: { one: '{n} article read', other: '{n} articles read' },
};

// "+3" reads oddly inside right-to-left text, so Arabic says "and N others" instead.
const ar: UiStrings = {
  contents: 'المحتويات',
  problems: 'مصادر بها مشكلات',
  failed: 'تعذّر الجلب',
  empty: 'فارغ',
  noItems: 'لا توجد عناصر',
  stale: 'متوقف',
  lastWorked: 'آخر جلب ناجح في {date}',
  nothingNewSince: 'لا جديد منذ {date}',
  prepared: 'أُعدّت في {time}',
  unsubscribe: 'إلغاء الاشتراك',
  otherTopic: 'أخرى',
  topStories: 'أهم الأخبار',
  sources: {
    zero: 'لا مصادر',
    one: 'مصدر واحد',
    two: 'مصدران',
    few: '{n} مصادر',
    many: '{n} مصدرًا',
    other: '{n} مصدر',
  },
  // "قراءة" governs the count as a genitive: the dual is دقيقتين, not دقيقتان.
  readingTime: {
    zero: 'قراءة أقل من دقيقة',
    one: 'قراءة دقيقة واحدة',
    two: 'قراءة دقيقتين',
    few: 'قراءة {n} دقائق',
    many: 'قراءة {n} دقيقة',
    other: 'قراءة {n} دقيقة',
  },
  more: {
    one: 'وقصة أخرى',
    two: 'وقصتان أخريان',
    few: 'و{n} قصص أخرى',
    many: 'و{n} قصة أخرى',
    other: 'و{n} قصة أخرى',
  },
  moreSources: {
    one: 'ومصدر آخر',
    two: 'ومصدران آخران',
    few: 'و{n} مصادر أخرى',
    many: 'و{n} مصدرًا آخر',
    other: 'و{n} مصدر آخر',
  },
  articles: {
    zero: 'لم تُقرأ أي مقالة',
    one: 'قُرئت مقالة واحدة',
    two: 'قُرئت مقالتان',
    few: 'قُرئت {n} مقالات',
    many: 'قُرئت {n} مقالة',
    other: 'قُرئت {n} مقالة',
  },
};

const byLanguage: Record<string, UiStrings> = { en, ar };

/** The interface strings for a BCP 47 tag (`ar`, `ar-EG`, `en-GB`), English when we have none. */
export function pickStrings(language: string): UiStrings {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return byLanguage[primary] ?? en;
}
