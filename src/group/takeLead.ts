import { splitSentences } from '../text/splitSentences.js';

/** Sentences of the first paragraph that make the lead. */
export const LEAD_SENTENCES = 2;

// Two sentences rarely run past this; the cut spares splitting a whole book-length paragraph.
const LEAD_MAX_CHARS = 2000;

/**
 * The lead of an article's cleaned text: the first two sentences of its first paragraph. A news
 * lead says what the story is about in a sentence or two; a teaser's later sentences, or a long
 * first paragraph's, go on to background and related events.
 */
export function takeLead(text: string): string {
  const start = text.trimStart().slice(0, LEAD_MAX_CHARS);
  const blank = /\n[^\S\n]*\n/.exec(start);
  const paragraph = blank ? start.slice(0, blank.index) : start;
  return splitSentences(paragraph).slice(0, LEAD_SENTENCES).join(' ');
}
