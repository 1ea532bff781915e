// A policy or disclosure runs to a few sentences (CNN Arabic's comment policy is about 300
// characters); an article's paragraph that happens to use such a phrase is usually longer.
const MAX_NOTICE_LENGTH = 600;
const LONG_LINE = 300;
// Each phrase list's search, tried at the start of the line only (sticky).
const openings = new WeakMap<RegExp, RegExp>();

function openingOf(phrases: RegExp): RegExp {
  let opening = openings.get(phrases);
  if (!opening) {
    opening = new RegExp(phrases.source, `${phrases.flags.replace(/[gy]/gu, '')}y`);
    openings.set(phrases, opening);
  }
  opening.lastIndex = 0;
  return opening;
}

/**
 * Whether a line is the site speaking about itself (a comment section's policy or prompt, an
 * affiliate disclosure): one of `phrases` opens the line, or the line is short, or two of them
 * occur in it. One phrase inside a long paragraph ("…tell us in the comments below") is the
 * article talking to its readers, and stays.
 */
export function detectSiteVoice(line: string, words: number, phrases: RegExp, maxShortWords: number): boolean {
  if (line.length > MAX_NOTICE_LENGTH) return false;
  // A paragraph-long line is the site's only when a phrase opens it: searching all of every
  // paragraph for two phrases cost more than the rest of the line rules together.
  if (words > maxShortWords && line.length > LONG_LINE) return openingOf(phrases).test(line);
  const match = phrases.exec(line);
  if (!match) return false;
  if (match.index === 0 || words <= maxShortWords) return true;
  return phrases.test(line.slice(match.index + match[0].length));
}
