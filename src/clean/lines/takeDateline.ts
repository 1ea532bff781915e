import { splitDateline } from '../../text/splitDateline.js';

export interface TakenDateline {
  dateline?: string;
  paragraphs: string[];
}

// A dateline on a line of its own: "WASHINGTON (CNN) --", "دمشق، سوريا (CNN) --".
const MAX_DATELINE_WORDS = 8;
// Story highlights or a call for readers' photos may stand above the wire story; a dateline that
// credits an outlet ("(CNN) --") opens the story within the first few paragraphs.
const CREDITED_WITHIN = 5;

/**
 * Takes the wire dateline off the start of the story, as metadata: from the first paragraph, from
 * a paragraph of its own (a <strong> or <p> set apart before the first sentence), or, when it
 * credits an outlet in parentheses, from one of the first few paragraphs.
 */
export function takeDateline(paragraphs: readonly string[]): TakenDateline {
  const [first, second, ...others] = paragraphs;
  if (first === undefined) return { paragraphs: [] };
  const inline = splitDateline(first);
  if (inline) return { dateline: inline.dateline, paragraphs: [inline.rest, ...paragraphs.slice(1)] };
  if (second !== undefined && first.split(/\s+/u).length <= MAX_DATELINE_WORDS) {
    // Read as one with the next paragraph, the dateline must end where the first line does.
    const joined = splitDateline(`${first} ${second}`);
    if (joined?.rest === second) return { dateline: joined.dateline, paragraphs: [second, ...others] };
  }
  for (let index = 1; index < Math.min(paragraphs.length, CREDITED_WITHIN); index++) {
    // Only a dateline that credits an outlet counts here: a paragraph without "(" has none.
    if (!paragraphs[index]!.includes('(')) continue;
    const found = splitDateline(paragraphs[index]!);
    if (found?.dateline.includes('(')) {
      return { dateline: found.dateline, paragraphs: paragraphs.map((paragraph, at) => (at === index ? found.rest : paragraph)) };
    }
  }
  return { paragraphs: [...paragraphs] };
}
