// A column's or rubric's name set in capitals before the first sentence: "HENRY DEEDES: That
// smooth operator…", "MARKET REPORT: Centrica heats up…", "EXCLUSIVE: …". Up to four words, each
// wholly capitals (initials, apostrophes and hyphens allowed), then a colon and a sentence that
// starts with a capital, a digit or a quote.
const KICKER = /^((?:\p{Lu}[\p{Lu}'’.-]*)(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3})\s*:\s+(?=[\p{Lu}\p{N}"'“‘])/u;
// A lone acronym ("NASA: The agency…", "UK: …") is the sentence's subject, not a label.
const MIN_LONE_LETTERS = 5;

export interface TakenKicker {
  kicker?: string;
  paragraphs: string[];
}

/**
 * Takes a kicker in capitals off the start of the text, as metadata: left in, it opened the
 * summary ("HENRY DEEDES: That smooth operator Kwasi Kwarteng…").
 */
export function takeKicker(paragraphs: readonly string[]): TakenKicker {
  const [first, ...others] = paragraphs;
  const found = first === undefined ? null : KICKER.exec(first);
  if (!found) return { paragraphs: [...paragraphs] };
  const kicker = found[1]!;
  if (!/\s/u.test(kicker) && kicker.replace(/[^\p{L}]/gu, '').length < MIN_LONE_LETTERS) return { paragraphs: [...paragraphs] };
  return { kicker, paragraphs: [first!.slice(found[0].length), ...others] };
}
