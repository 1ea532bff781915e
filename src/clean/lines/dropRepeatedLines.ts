import type { LineEntry } from '../cleanBlocks.js';

// Three copies of one line in one article is a menu, a gallery's title or a teaser, not prose.
const MIN_COPIES = 3;
// A gallery repeats a caption whole in one place and cut short in another: lines that open with the
// same dozen words are copies of one another.
const KEY_WORDS = 12;
// Below this, a repeated paragraph or cell is a table's figure or a one-word answer.
const MIN_PROSE_WORDS = 8;

/**
 * Removes the lines that occur three times or more in one document (rule `repeated`): a gallery's
 * title under every photo, a related-story line between blocks. Paragraphs and headings may repeat
 * on purpose (the same breakfast on each day of a meal plan, a table's "Yes" cells): they go only
 * when they are sentences and two copies stand next to each other, as a gallery's captions do.
 */
export function dropRepeatedLines(entries: LineEntry[]): void {
  const keys = entries.map((entry) => keyOf('kept' in entry ? entry.kept : entry.text));
  const copies = new Map<string, number>();
  for (const key of keys) copies.set(key, (copies.get(key) ?? 0) + 1);
  const adjacent = new Set<string>();
  keys.forEach((key, index) => {
    if (index > 0 && keys[index - 1] === key) adjacent.add(key);
  });
  entries.forEach((entry, index) => {
    const key = keys[index]!;
    if (!('kept' in entry) || (copies.get(key) ?? 0) < MIN_COPIES) return;
    if ((entry.prose || entry.heading) && (!adjacent.has(key) || key.split(' ').length < MIN_PROSE_WORDS)) return;
    entries[index] = { text: entry.kept, rule: 'repeated' };
  });
}

// A dozen words fit in this many characters: the rest of a long paragraph need not be lower-cased.
const KEY_CHARACTERS = 200;

function keyOf(line: string): string {
  const start = line.slice(0, KEY_CHARACTERS).trim().toLowerCase();
  // Cleaned lines have single spaces between words: the key ends at the twelfth.
  let spaces = 0;
  for (let index = 0; index < start.length; index++) {
    if (start.charCodeAt(index) === 0x20 && ++spaces === KEY_WORDS) return start.slice(0, index);
  }
  return start;
}
