// Arrows, bullets and separators with no letter or digit: "<<", "<", "›", "•••", "|".
const NO_WORDS = /^[^\p{L}\p{N}]+$/u;
// A gallery or pager position: "1 of 14", "3/12", "١ من ١٤".
const POSITION = /^\p{N}{1,3}\s*(?:of|\/|de|di|von|из|з|من|از|の)\s*\p{N}{1,3}$/iu;

/**
 * Whether a line is a navigation mark rather than words: gallery arrows, pager positions,
 * separators. Such a line has nothing for a reader in any language.
 */
export function detectNavigation(line: string): boolean {
  return NO_WORDS.test(line) || POSITION.test(line);
}
