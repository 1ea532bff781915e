import { normalizedLengthAtLeast, normalizeText } from '../../text/normalize.js';

// What a site puts between a headline and its own name in <title>: "Headline: Section: Site".
const SITE_SUFFIX = /^\s*[|:\-–—·•»]/u;
// A shorter line is a word the headline happens to start with, not the headline.
const MIN_SHARE = 0.4;

/**
 * Whether a line is the page's own headline again: the title itself, or the title without the
 * section and site names the <title> adds after it ("How to pack: The GQ Eye: GQ").
 * `titleKey` is the title normalised (normalizeText).
 */
export function isTitleCopy(line: string, titleKey: string): boolean {
  if (!titleKey || normalizedLengthAtLeast(line) > titleKey.length) return false;
  const key = normalizeText(line);
  if (key === titleKey) return true;
  return key.length >= titleKey.length * MIN_SHARE && titleKey.startsWith(key) && SITE_SUFFIX.test(titleKey.slice(key.length));
}
