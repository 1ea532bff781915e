/** Whether a date a page states is when it was first published or when it was last changed. */
export type DateKind = 'published' | 'modified';

/** One date a page states, with where it was read, before the rules pick one. */
export interface DateCandidate {
  date: Date;
  kind: DateKind;
  /** Where it was read, for `briefing explain`: `meta article:published_time`, `JSON-LD NewsArticle.datePublished`. */
  evidence: string;
}
