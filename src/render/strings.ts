import { SECTION_NAMES } from '../section/sectionIds.js';
import type { SectionId } from '../types.js';

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
  /** The headings of the news sections (topic kind `section`). */
  sections: Record<SectionId, string>;
  sources: PluralForms;
  /** Estimated reading time of a story's main article. */
  readingTime: PluralForms;
  more: PluralForms;
  /** Before the headlines, as links, of a topic's best stories the email has no room for. */
  also: string;
  /** After the outlets listed on a story card: the ones left out. */
  moreSources: PluralForms;
  articles: PluralForms;
  /** Heading of the sources whose old items were left out (`skippedOld`). */
  leftOut: string;
  /** Heading of what the machine did to the run (the briefing's `notices`). */
  notices: string;
  /** An age limit of `{n}` hours, as `{age}` of the strings below ("older than 36 h"). */
  hours: PluralForms;
  /** `{age}` when the briefing does not say its age limit (a briefing from before `maxAgeHours`). */
  ageLimit: string;
  /** `{n}` items of one source left out for being older than `{age}`. */
  olderLeftOut: PluralForms;
  /** In place of the stories: every one of the `{n}` items the sources gave was older than `{age}`. */
  allTooOld: PluralForms;
  /** In place of the stories: `{n}` of the `{total}` items the sources gave were older than `{age}`. */
  someTooOld: PluralForms;
  /** After allTooOld: how to get them in; `{setting}` and `{flag}` are the config key and CLI option. */
  raiseAgeLimit: string;
  /** In place of the stories: the sources gave nothing at all. */
  nothingNew: string;
  /** After nothingNew or allTooOld when some sources failed or came back empty. */
  seeSources: string;
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
  sections: { ...SECTION_NAMES },
  sources: { one: '{n} source', other: '{n} sources' },
  readingTime: { other: '{n} min read' },
  more: { other: '+{n} more' },
  also: 'Also:',
  moreSources: { other: '+{n} more' },
  articles: { one: '{n} article read', other: '{n} articles read' },
  leftOut: 'Left out for age',
  notices: 'About this run',
  hours: { other: '{n} h' },
  ageLimit: 'the age limit',
  olderLeftOut: { other: '{n} older than {age} left out' },
  allTooOld: {
    one: 'No articles today: the one item the sources gave was older than {age}.',
    other: 'No articles today: all {n} items the sources gave were older than {age}.',
  },
  someTooOld: {
    one: 'No articles today: {n} of the {total} items the sources gave was older than {age}.',
    other: 'No articles today: {n} of the {total} items the sources gave were older than {age}.',
  },
  raiseAgeLimit: 'To include them, raise {setting} or run for an earlier day with {flag}.',
  nothingNew: 'No articles today: the sources gave nothing new.',
  seeSources: 'See the sources with problems below.',
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
  sections: {
    world: 'العالم',
    politics: 'سياسة',
    business: 'اقتصاد',
    technology: 'تكنولوجيا',
    science: 'علوم',
    health: 'صحة',
    sports: 'رياضة',
    culture: 'ثقافة',
    other: 'أخرى',
  },
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
  also: 'وأيضًا:',
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
  leftOut: 'ما تُرك لقدمه',
  notices: 'عن هذا التشغيل',
  // After "أقدم من", in the genitive: ساعتين, not ساعتان.
  hours: {
    zero: '{n} ساعة',
    one: 'ساعة',
    two: 'ساعتين',
    few: '{n} ساعات',
    many: '{n} ساعة',
    other: '{n} ساعة',
  },
  ageLimit: 'المدة المحددة',
  olderLeftOut: {
    zero: 'لم يُترك أي خبر أقدم من {age}',
    one: 'تُرك خبر واحد أقدم من {age}',
    two: 'تُرك خبران أقدم من {age}',
    few: 'تُرك {n} أخبار أقدم من {age}',
    many: 'تُرك {n} خبرًا أقدم من {age}',
    other: 'تُرك {n} خبر أقدم من {age}',
  },
  // "وعددها {n}" keeps the count out of the counted-noun agreement the other forms need.
  allTooOld: {
    one: 'لا مقالات اليوم: كان الخبر الوحيد الذي قدّمته المصادر أقدم من {age}.',
    two: 'لا مقالات اليوم: كان الخبران اللذان قدّمتهما المصادر أقدم من {age}.',
    other: 'لا مقالات اليوم: كانت الأخبار التي قدّمتها المصادر كلها، وعددها {n}، أقدم من {age}.',
  },
  someTooOld: {
    one: 'لا مقالات اليوم: من الأخبار التي قدّمتها المصادر، وعددها {total}، كان خبر واحد أقدم من {age}.',
    two: 'لا مقالات اليوم: من الأخبار التي قدّمتها المصادر، وعددها {total}، كان خبران أقدم من {age}.',
    few: 'لا مقالات اليوم: من الأخبار التي قدّمتها المصادر، وعددها {total}، كانت {n} أخبار أقدم من {age}.',
    many: 'لا مقالات اليوم: من الأخبار التي قدّمتها المصادر، وعددها {total}، كان {n} خبرًا أقدم من {age}.',
    other: 'لا مقالات اليوم: من الأخبار التي قدّمتها المصادر، وعددها {total}، كان {n} خبر أقدم من {age}.',
  },
  raiseAgeLimit: 'لتضمينها، ارفع قيمة {setting} أو شغّل الموجز ليوم سابق بالخيار {flag}.',
  nothingNew: 'لا مقالات اليوم: لم تأتِ المصادر بجديد.',
  seeSources: 'انظر المصادر التي بها مشكلات أدناه.',
};

const byLanguage: Record<string, UiStrings> = { en, ar };

/** The interface strings for a BCP 47 tag (`ar`, `ar-EG`, `en-GB`), English when we have none. */
export function pickStrings(language: string): UiStrings {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return byLanguage[primary] ?? en;
}
