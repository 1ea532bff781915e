import type { DateKind } from './types.js';

const PUBLISHED = /publish|entry-date|post-date|posted|pubdate|created|article-date|story-date|date-post|veroeffentlicht/i;
const MODIFIED = /updated|modified|changed|aktualisiert/i;

/**
 * What an element's class or id says about the date it holds: `published` for "entry-date",
 * "post-date", "published"; `modified` for "updated", "modified"; undefined when it says neither.
 * WordPress themes mark the publication date "entry-date updated" (hAtom requires an `updated`),
 * so a word naming the publication outweighs one naming a change.
 */
export function classifyDateLabel(label: string): DateKind | undefined {
  if (PUBLISHED.test(label)) return 'published';
  return MODIFIED.test(label) ? 'modified' : undefined;
}
