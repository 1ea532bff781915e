// Bullets that open each item of a list run into one line: "• France was in the dark on AUKUS •
// EU chief: Treatment of France 'not acceptable'".
const BULLET = /\s*[•●▪►]\s*/u;
// A headline is short; a bulleted sentence of story highlights may be longer, and ends with a stop.
const MAX_HEADLINE_WORDS = 16;

/**
 * Whether a line is a list of other stories' headlines set on one line with bullets, as a feed's
 * description of related coverage: two items or more, none a sentence (each short, without a
 * closing full stop). A bulleted list of facts written as sentences is something to say. The
 * list stays in the text, where its headlines tie the article to its story, but it is no summary.
 */
export function isHeadlineList(line: string): boolean {
  if (!BULLET.test(line.slice(0, 3))) return false;
  const items = line.split(BULLET).filter((item) => item !== '');
  if (items.length < 2) return false;
  return items.every((item) => !/[.!?؟。]["'”’)]*$/u.test(item) && item.split(/\s+/u).length <= MAX_HEADLINE_WORDS);
}
