import { isSpace } from '../text/isSpace.js';
import { wordEnd } from '../text/wordEnd.js';

const HYPHEN = 0x2d;
// Marks that end a word as wordEnd reads it but belong to the sentence: "Friday.", "Israelis'".
const TRAILING = new Set([0x2e, 0x27, 0x2019]);
// Quotes between two words keep them one phrase: the “White House” said.
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'"].map((mark) => mark.charCodeAt(0)));

/**
 * Calls `visit` with each word of `text` in order, as offsets into it. A hyphenated word gives one
 * call per part, so that "Iran-backed" names Iran and "cessez-le-feu" is three words in a row.
 * `joined` says the word follows the previous one with only spaces, a hyphen or quotes between
 * them: a keyword of several words must not match across a comma or a full stop.
 */
export function walkWords(text: string, visit: (start: number, end: number, joined: boolean) => void): void {
  let previousEnd = -1;
  for (let index = 0; index < text.length; ) {
    const end = wordEnd(text, index);
    if (end === index) {
      index++;
      continue;
    }
    let partStart = index;
    for (let cursor = index; cursor <= end; cursor++) {
      if (cursor < end && text.charCodeAt(cursor) !== HYPHEN) continue;
      let partEnd = cursor;
      while (partEnd > partStart && TRAILING.has(text.charCodeAt(partEnd - 1))) partEnd--;
      if (partEnd > partStart) {
        visit(partStart, partEnd, previousEnd >= 0 && onlySpaceBetween(text, previousEnd, partStart));
        previousEnd = partEnd;
      }
      partStart = cursor + 1;
    }
    index = end;
  }
}

function onlySpaceBetween(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isSpace(code) && code !== HYPHEN && !QUOTES.has(code)) return false;
  }
  return true;
}
