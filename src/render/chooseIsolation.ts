import type { Direction } from '../types.js';

const RTL_SCRIPTS = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}`;
const RTL_LETTER = new RegExp(`[${RTL_SCRIPTS}]`, 'u');
const LTR_LETTER = new RegExp(`(?![${RTL_SCRIPTS}])\\p{L}`, 'u');
const FIRST_LETTER = /\p{L}/u;

/**
 * The direction to isolate `text` in when it sits inside text of direction `within`, or null when
 * it needs no isolation: it has letters of `within` only. A run with letters of the other direction
 * would pull its neighbours (a colon, a " · ", a count) into its own order ("Reuters :3 مصادر"), and
 * a run with no letters at all ("24") joins the numbers next to it. The direction is the one of its
 * first letter, as the Unicode bidi algorithm and `dir="auto"` find it (UAX #9, P2), written out
 * because some mail clients drop `dir="auto"` but keep `ltr` and `rtl`.
 */
export function chooseIsolation(text: string, within: Direction): Direction | null {
  const [same, other] = within === 'rtl' ? [RTL_LETTER, LTR_LETTER] : [LTR_LETTER, RTL_LETTER];
  if (same.test(text) && !other.test(text)) return null;
  const first = FIRST_LETTER.exec(text)?.[0];
  if (first === undefined) return within;
  return RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}
