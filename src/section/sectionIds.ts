import type { SectionId } from '../types.js';

/** Every section, in the order a newspaper would run them; `other` takes what fits none. */
export const SECTION_IDS = ['world', 'politics', 'business', 'technology', 'science', 'health', 'sports', 'culture', 'other'] as const satisfies readonly SectionId[];

/** The sections a story's words, categories or source can point to: all but `other`. */
export type NamedSection = Exclude<SectionId, 'other'>;

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** The sections' headings in English, for a briefing in a language without its own (see render/strings). */
export const SECTION_NAMES: Readonly<Record<SectionId, string>> = {
  world: 'World',
  politics: 'Politics',
  business: 'Business',
  technology: 'Technology',
  science: 'Science',
  health: 'Health',
  sports: 'Sports',
  culture: 'Culture',
  other: 'Other',
};
