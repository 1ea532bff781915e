// "Follow him on Twitter @…", "Follow Newsbeat on Instagram, Facebook…", "You can keep up with me on
// Twitter", "find us on Facebook".
// Written out rather than with the `i` flag, under which \p{Lu} would match any letter.
// "Find" and "connect with" only with "me" or "us": "police could find Smith on Facebook" is news.
const FOLLOW = /\b(?:(?:[Ff]ollow|[Kk]eep\s+up\s+with)\s+(?:him|her|them|me|us|\p{Lu}[\p{L}\p{N}.]*(?:\s+\p{Lu}[\p{L}\p{N}.]*){0,3})|(?:[Ff]ind|[Cc]onnect\s+with)\s+(?:me|us))\s+(?:on|at)\s+(?:[Tt]witter|[Ff]acebook|[Ii]nstagram|[Yy]ou[Tt]ube|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Tt]hreads|[Mm]astodon|[Bb]luesky|X\b)/u;
// An author's note ("… may be reached at …. Follow her on Twitter") is a few sentences at most.
const MAX_NOTE_WORDS = 50;

/**
 * Whether a line points readers to the author's or the outlet's social accounts. Such a note closes
 * many articles; the sentence itself is never news.
 */
export function detectFollowPrompt(line: string, words: number): boolean {
  return words <= MAX_NOTE_WORDS && FOLLOW.test(line);
}
