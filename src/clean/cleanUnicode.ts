import { decodeHTML } from 'entities';

// C1 controls (U+0080–U+009F) come from windows-1252 text decoded as Latin-1; Gmail may clip a
// message that contains them. Zero-width space, word joiner, BOM, and bidi marks are invisible
// debris from CMSs. ZWNJ (U+200C) stays: Persian spelling needs it. ZWJ (U+200D) stays: emoji need it.
const INVISIBLE = /[\u0080-\u009F\u200B\u200E\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u00AD]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

// Every character a step below acts on: an entity's &, CR and LF, the controls and invisibles, the
// spaces it normalises, and two spaces in a row.
// eslint-disable-next-line no-control-regex -- control characters are among those looked for
const NEEDS_WORK = /[&\r\n\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200F\u202A-\u202F\u205F\u2060\u2066-\u2069\u3000\uFEFF]| {2}/;

/**
 * Unicode hygiene for text on its way into a briefing: entities decoded, invisible and control
 * characters removed, spaces normalised, line breaks kept (they separate blocks).
 */
export function cleanUnicode(text: string): string {
  // Most blocks need nothing but NFC: one search for anything the chain below would change first.
  const normal = text.normalize('NFC');
  if (!NEEDS_WORK.test(normal)) return normal;
  return decodeHTML(normal)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(OTHER_CONTROLS, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n');
}
