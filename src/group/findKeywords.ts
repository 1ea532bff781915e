import type { KeywordIndex, KeywordPattern } from './indexKeywords.js';
import { walkWords } from './walkWords.js';

/** A keyword found in a text: which topic's which keyword, and where it stands. */
export interface FoundKeyword {
  topic: number;
  keyword: number;
  start: number;
  end: number;
}

/**
 * Every keyword of the index that occurs in `text`, a keyword of several words only where its
 * words follow each other in order within a clause ("White House", "البيت الأبيض"). Only a
 * phrase's first word may carry a glued conjunction or preposition (والبيت الأبيض, not البيت وأبيض).
 */
export function findKeywords(text: string, language: string, index: KeywordIndex): FoundKeyword[] {
  const found: FoundKeyword[] = [];
  // Phrases matched up to the previous word, waiting for their next word.
  let open: { pattern: KeywordPattern; start: number }[] = [];
  walkWords(text, (start, end, joined) => {
    const next: typeof open = [];
    for (const { pattern, clitic } of index.match(text.slice(start, end), language)) {
      let from: number | undefined;
      if (pattern.position === 0) from = start;
      else if (joined && !clitic) from = open.find((partial) => continues(partial.pattern, pattern))?.start;
      if (from === undefined) continue;
      if (pattern.position === pattern.length - 1) found.push({ topic: pattern.topic, keyword: pattern.keyword, start: from, end });
      else next.push({ pattern, start: from });
    }
    open = next;
  });
  return found;
}

function continues(before: KeywordPattern, pattern: KeywordPattern): boolean {
  return before.topic === pattern.topic && before.keyword === pattern.keyword && before.position === pattern.position - 1;
}
