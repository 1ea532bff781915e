// "Reporting by A and B; Editing by C" lists a few names; a longer line is a paragraph.
const MAX_CREDIT_WORDS = 40;
// Words that may follow the credit phrase: "… contributed reporting from Paris."
const MAX_WORDS_AFTER = 4;
// "Reporting by Jane Roe in London" is a credit; "Reporting by the Post has shown that…." is news.
const MAX_OPENING_SENTENCE_WORDS = 8;

/**
 * Whether a line credits the people who reported or edited the story ("CNN's Jane Doe contributed
 * to this report.", "Reporting by …; Editing by …"): the credit phrase must close the line, or
 * open a list of credits (a short line, one without a full stop, or one with several credits
 * separated by semicolons), so "Earlier reporting by the Post revealed…" stays.
 */
export function detectCredits(line: string, words: number, credits: RegExp): boolean {
  if (words > MAX_CREDIT_WORDS) return false;
  const match = credits.exec(line);
  if (!match) return false;
  if (match.index === 0) return line.includes(';') || !/[.!?]$/u.test(line) || words <= MAX_OPENING_SENTENCE_WORDS;
  const after = line.slice(match.index + match[0].length).trim();
  return after === '' || after.split(/\s+/u).length <= MAX_WORDS_AFTER;
}
