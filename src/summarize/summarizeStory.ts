import { splitSentences } from '../text/splitSentences.js';
import type { Article } from '../types.js';

export interface SummaryOptions {
  /** Most sentences in a summary. @default 2 */
  maxSentences?: number;
  /** Stop adding sentences past this many words. @default 60 */
  maxWords?: number;
}

/**
 * A summary made of whole sentences from the lead of the story's representative article: news
 * puts the essentials first. Sentences are never cut; a single very long first sentence is kept
 * whole rather than cut mid-thought.
 */
export function summarizeStory(article: Article, options: SummaryOptions = {}): string {
  const maxSentences = options.maxSentences ?? 2;
  const maxWords = options.maxWords ?? 60;
  const sentences = article.text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.split(/\s+/).length >= 6) // skip sub-headings
    .flatMap(splitSentences);
  const chosen: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const length = sentence.split(/\s+/).length;
    if (chosen.length > 0 && (chosen.length >= maxSentences || words + length > maxWords)) break;
    chosen.push(sentence);
    words += length;
  }
  return chosen.join(' ');
}
