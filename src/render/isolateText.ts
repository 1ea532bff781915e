import type { Direction } from '../types.js';
import { chooseIsolation } from './chooseIsolation.js';

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * `text` for plain text of direction `within`: as it is when it reads in that direction, else
 * between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, the plain-text `<bdi>`
 * (UAX #9). Without it "- الجزيرة: https://…" in an English email is a right-to-left line whose
 * colon and link swap sides; with it the line takes its direction from what is outside the name.
 */
export function isolateText(text: string, within: Direction): string {
  return chooseIsolation(text, within) === null ? text : `${FSI}${text}${PDI}`;
}
