import { normalizeText } from '../text/normalize.js';
import type { SectionId } from '../types.js';
import type { NamedSection } from './sectionIds.js';

/**
 * The category names outlets use in their feeds, by section: the usual names of newspaper
 * sections and desks in English and Arabic. A feed's category is compared whole, then word by
 * word ("World News", "Sport/Football", "أخبار الرياضة"), so only words that name a section on
 * their own are here. A country is left out: "UK" or "India" is home news to the outlet that uses it.
 */
const BUILT_IN: Readonly<Record<NamedSection, readonly string[]>> = {
  world: [
    'world', 'international', 'foreign', 'global', 'middle east', 'mideast', 'africa', 'asia', 'asia pacific', 'europe', 'americas',
    'latin america', 'conflict', 'war', 'العالم', 'عالم', 'دولي', 'دولية', 'عربي ودولي',
    'الشرق الأوسط', 'الشرق الاوسط', 'عربي', 'عربية', 'أخبار العالم', 'اخبار العالم', 'حول العالم', 'العرب والعالم',
  ],
  politics: ['politics', 'political', 'government', 'elections', 'election', 'us politics', 'سياسة', 'سياسه', 'السياسة', 'انتخابات', 'برلمان'],
  business: [
    'business', 'economy', 'economics', 'markets', 'market', 'money', 'finance', 'financial', 'companies', 'industry', 'energy',
    'personal finance', 'stocks', 'اقتصاد', 'الاقتصاد', 'اقتصادي', 'مال', 'أعمال', 'مال وأعمال', 'بورصة', 'أسواق', 'طاقة',
  ],
  technology: [
    'technology', 'tech', 'sci tech', 'sci/tech', 'science and technology', 'gadgets', 'internet', 'computing', 'ai', 'cyber',
    'تكنولوجيا', 'التكنولوجيا', 'تقنية', 'تقنيه', 'علوم وتكنولوجيا', 'تكنو', 'ذكاء اصطناعي',
  ],
  science: ['science', 'space', 'environment', 'climate', 'nature', 'علوم', 'العلوم', 'علم', 'فضاء', 'بيئة', 'البيئة', 'مناخ'],
  health: ['health', 'wellness', 'medicine', 'medical', 'fitness', 'coronavirus', 'صحة', 'الصحة', 'طب', 'صحة وطب', 'طب وصحة'],
  sports: [
    'sport', 'sports', 'football', 'soccer', 'cricket', 'tennis', 'golf', 'rugby', 'basketball', 'baseball', 'nba', 'nfl', 'f1',
    'formula 1', 'olympics', 'athletics', 'cycling', 'boxing', 'رياضة', 'الرياضة', 'رياضي', 'كرة القدم', 'كرة قدم', 'كرة',
    'ملاعب', 'الملاعب', 'دوري',
  ],
  culture: [
    'culture', 'arts', 'art', 'entertainment', 'film', 'films', 'movies', 'movie', 'music', 'television', 'tv', 'books', 'theatre',
    'theater', 'celebrity', 'celebrities', 'fashion', 'arts and culture', 'showbiz', 'ثقافة', 'الثقافة',
    'فن', 'فنون', 'الفن', 'ثقافة وفن', 'فن وثقافة', 'منوعات', 'سينما', 'موسيقى', 'مشاهير', 'أدب', 'كتب',
  ],
};

/** A table from normalised category names to sections, with the user's own entries over the built-in ones. */
export type CategoryTable = ReadonlyMap<string, SectionId>;

export function compileCategoryTable(user: Readonly<Record<string, SectionId>> = {}): CategoryTable {
  const table = new Map<string, SectionId>();
  for (const [section, names] of Object.entries(BUILT_IN) as [NamedSection, readonly string[]][]) {
    for (const name of names) table.set(keyOf(name), section);
  }
  for (const [name, section] of Object.entries(user)) table.set(keyOf(name), section);
  return table;
}

/**
 * The section a feed's category names, or undefined: the whole category first ("Middle East",
 * or one a user mapped), then each part of a path ("fox-news/world/asia" → world, "Sport >
 * Football" → sports), then the words and word pairs of a short category ("World News" → world).
 * A longer one is a subject, not a section ("World War II (1939-45)"), and a category that names
 * none ("News", "Top Stories") says nothing.
 */
export function mapCategory(category: string, table: CategoryTable): SectionId | undefined {
  const whole = table.get(keyOf(category));
  if (whole) return whole;
  for (const part of category.split(/[/>|»,;:]+/)) {
    const found = table.get(keyOf(part));
    if (found) return found;
  }
  const words = keyOf(category).split(' ');
  if (words.length > MAX_WORDS) return undefined;
  for (let index = 0; index < words.length; index++) {
    const pair = index + 1 < words.length ? table.get(`${words[index]} ${words[index + 1]}`) : undefined;
    const found = pair ?? table.get(words[index]!);
    if (found) return found;
  }
  return undefined;
}

const MAX_WORDS = 3;

/** Lower case, Arabic spelling folded, words of camelCase apart ("middleEast"), and every run of punctuation and spaces one space. */
function keyOf(name: string): string {
  return normalizeText(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
