/**
 * A wire-style dateline that opens a text: "(CNN) --", "LONDON, March 3 (Reuters) -",
 * "دمشق، سوريا (CNN) --", "WASHINGTON —". It says where and for whom the story was filed, which
 * is metadata: a summary that opens with it reads as noise.
 */
const CREDITED = /^[^\S\n]*(?:[\p{L}][^\n()]{0,60}?[^\S\n]*)?\([^\S\n]*[\p{L}][\p{L}\p{N} .&'’-]{0,29}\)[^\S\n]*[-–—]{1,2}[^\S\n]*/u;
const PLACE = /^[^\S\n]*\p{Lu}{2,}(?:[ .,'-]+\p{Lu}{2,})*(?:,[^\S\n]+[\p{L}\p{N} .]{1,30})?[^\S\n]+[-–—]{1,2}[^\S\n]+/u;

export interface Dateline {
  /** The dateline as written, without the dash that ends it. */
  dateline: string;
  /** The text after it. */
  rest: string;
}

/** The dateline at the start of `text` and the text after it, or undefined when it has none. */
export function splitDateline(text: string): Dateline | undefined {
  const match = CREDITED.exec(text) ?? PLACE.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  // What follows must be the story itself, not the end of a short line.
  if (!/^[\p{L}\p{N}"“'‘«]/u.test(rest) || rest.split(/\s+/, 4).length < 4) return undefined;
  return { dateline: match[0].trim().replace(/[\s–—-]+$/u, ''), rest };
}
