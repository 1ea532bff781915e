import { splitSentences } from '../text/splitSentences.js';

const MAX_WORDS = 14;

/**
 * A title for a text that has none: its first sentence, shortened at a clause boundary or a word
 * boundary (never inside a word) when it is long.
 */
export function deriveTitle(paragraph: string): string {
  const sentence = (splitSentences(paragraph)[0] ?? '').replace(/[.。۔]+$/u, '').trim();
  const words = sentence.split(/\s+/u).filter(Boolean);
  if (words.length <= MAX_WORDS) return sentence;
  // Prefer ending at a comma or colon between word 6 and the limit.
  for (let i = MAX_WORDS - 1; i >= 5; i--) {
    if (/[,،:؛;]$/u.test(words[i] ?? '')) return words.slice(0, i + 1).join(' ').replace(/[,،:؛;]$/u, '');
  }
  return `${words.slice(0, MAX_WORDS - 2).join(' ')}…`;
}
