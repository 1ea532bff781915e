import { cleanBlocks, type CleanBlocksOptions, type CleanedText } from './cleanBlocks.js';
import { cleanUnicode } from './cleanUnicode.js';

/** Cleans plain text (a .txt file, a feed description without markup): one block per line. */
export function cleanText(text: string, options: CleanBlocksOptions): CleanedText {
  return cleanBlocks(cleanUnicode(text).split('\n'), options);
}
