import { normalizeText } from './normalize.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Normalised word tokens of a text, in order. */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/** The number of words in a text, as a reader would count them. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
