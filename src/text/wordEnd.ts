// What a word is, as analyzeTerms has always read it: /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/u, and
// a thousands separator between two digits. A table of the code units answers per character what
// the pattern would, without a match object, an iterator step and a regex entry for each of a
// run's million words.
const STARTS = 1;
const CONTINUES = 2;
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{N}\p{M}'’.-]$/u;

// One byte per UTF-16 code unit, filled on first use (64 KB, a few milliseconds).
let classes: Uint8Array | undefined;
// Characters past U+FFFF (CJK extensions, historic scripts) are rare: tested as they come.
const astral = new Map<number, number>();

function fillClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    // Lone surrogates are nothing by themselves; a pair is looked at as one code point.
    if (unit < 0xd800 || unit > 0xdfff) table[unit] = classOf(String.fromCharCode(unit));
  }
  classes = table;
  return table;
}

function classOf(char: string): number {
  return (WORD_START.test(char) ? STARTS : 0) | (WORD_PART.test(char) ? CONTINUES : 0);
}

/** The class of the surrogate pair at `index`; 0 for a high surrogate without its low half. */
function astralClass(text: string, index: number): number {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const point = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let found = astral.get(point);
  if (found === undefined) {
    found = classOf(String.fromCodePoint(point));
    astral.set(point, found);
  }
  return found;
}

/**
 * Where the word that starts at `index` ends (exclusive), or `index` itself when no word starts
 * there: a letter or digit, then letters, digits, combining marks, apostrophes, full stops and
 * hyphens, and a thousands separator between digits ("12,300": one number, not "12" and "300",
 * which matched every other 12 of the day). With `splitNames`, a capitalised word ends before a
 * hyphen or full stop that a capital follows: "Israel-Gaza" is two names, "Mt.Gox" too ("U.S."
 * and "pro-Russian" stay whole).
 */
export function wordEnd(text: string, index: number, splitNames = false): number {
  const table = classes ?? fillClasses();
  let end = index;
  let wanted = STARTS;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const pair = code >= 0xd800 && code <= 0xdbff;
    if (((pair ? astralClass(text, end) : table[code]!) & wanted) === 0) {
      if (end > index && isThousandsSeparator(code) && isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(end + 1))) {
        end++;
        continue;
      }
      break;
    }
    if (splitNames && (code === 0x2d || code === 0x2e) && end - index >= 2 && isCapital(text.charCodeAt(index)) && isCapital(text.charCodeAt(end + 1)) && text.charCodeAt(end - 2) !== 0x2e) break;
    end += pair ? 2 : 1;
    wanted = CONTINUES;
  }
  return end;
}

/** Whether a UTF-16 code unit is a capital letter (of a script with capitals). */
function isCapital(code: number): boolean {
  if (Number.isNaN(code)) return false;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

/** A comma, or the Arabic thousands separator (U+066C). */
function isThousandsSeparator(code: number): boolean {
  return code === 0x2c || code === 0x66c;
}

/** An ASCII or Arabic-Indic digit. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}
