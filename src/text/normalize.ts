/**
 * Folds the spelling variants that differ between outlets so that the same word compares equal:
 * Arabic diacritics and tatweel, alef forms, ى/ي, ة/ه, Persian ک/ی, Arabic-Indic digits,
 * Latin case and accents. Used for matching only; articles keep their own spelling.
 */
export function normalizeText(text: string): string {
  const decomposed = text.normalize('NFKD');
  // Every fold maps one UTF-16 unit to at most one other, and no fold's output is folded again,
  // so one pass over a table does what a chain of replacements would, at a fraction of the cost;
  // most English and French texts need no fold beyond their accents, and skip the pass entirely.
  return (FOLDABLE.test(decomposed) ? fold(decomposed) : decomposed).toLowerCase();
}

/**
 * A length normalizeText(text) cannot be shorter than: one unit per code point that is not a mark
 * the fold drops, nor an Arabic presentation form made only of such marks (ﹱ is tatweel with
 * fathatan). Decomposition, case and the other folds never remove a code point; the tests check
 * every one. Far cheaper than normalising, to rule out texts too long to equal a given key.
 */
export function normalizedLengthAtLeast(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A surrogate pair is one code point: counted at its high half.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code >= FIRST && code <= LAST && FOLDS[code - FIRST] === DROP) continue;
    if (code >= PRESENTATION_FIRST && vanishing().has(code)) continue;
    count++;
  }
  return count;
}

const PRESENTATION_FIRST = 0xfb50;
const PRESENTATION_LAST = 0xfeff;
let vanishingForms: Set<number> | undefined;

/** The Arabic presentation forms that normalise to nothing, found once by normalising each. */
function vanishing(): Set<number> {
  if (!vanishingForms) {
    vanishingForms = new Set();
    for (let code = PRESENTATION_FIRST; code <= PRESENTATION_LAST; code++) if (normalizeText(String.fromCharCode(code)) === '') vanishingForms.add(code);
  }
  return vanishingForms;
}

const FIRST = 0x0300;
const LAST = 0x06ff;
const FOLDABLE = /[\u0300-\u06FF]/;
const KEEP = -1;
const DROP = -2;

/** What each unit from U+0300 to U+06FF becomes: KEEP, DROP, or the code of its replacement. */
const FOLDS = buildFolds();

function buildFolds(): Int32Array {
  const folds = new Int32Array(LAST - FIRST + 1).fill(KEEP);
  const set = (from: number, to: number, value: number) => {
    for (let code = from; code <= to; code++) folds[code - FIRST] = value;
  };
  // Latin accents (after NFKD), Arabic harakat, shadda, sukun, superscript alef, Quranic marks.
  set(0x0300, 0x036f, DROP);
  set(0x0610, 0x061a, DROP);
  set(0x064b, 0x065f, DROP);
  set(0x0670, 0x0670, DROP);
  set(0x06d6, 0x06ed, DROP);
  set(0x0640, 0x0640, DROP); // tatweel
  for (const code of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) set(code, code, 0x0627); // آ أ إ ٱ → ا
  for (const code of [0x0649, 0x06cc, 0x0626]) set(code, code, 0x064a); // ى ی ئ → ي
  set(0x0629, 0x0629, 0x0647); // ة → ه
  set(0x06a9, 0x06aa, 0x0643); // ک ڪ → ك
  set(0x0624, 0x0624, 0x0648); // ؤ → و
  for (let digit = 0; digit <= 9; digit++) {
    set(0x0660 + digit, 0x0660 + digit, 0x30 + digit); // Arabic-Indic digits
    set(0x06f0 + digit, 0x06f0 + digit, 0x30 + digit); // Persian digits
  }
  return folds;
}

// The units of the folded text: one buffer rather than a new array per call, since a run folds
// tens of thousands of short tokens.
// A longer text than it holds gets an array of its own, so the buffer stays small.
const buffer = new Uint16Array(4096);

function fold(text: string): string {
  const codes = text.length <= buffer.length ? buffer : new Uint16Array(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const folded = code < FIRST || code > LAST ? KEEP : FOLDS[code - FIRST]!;
    if (folded === KEEP) codes[length++] = code;
    else if (folded !== DROP) codes[length++] = folded;
  }
  return decode(codes.subarray(0, length));
}

const decoder = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of UTF-16 units; the native decoder is several times faster than fromCharCode. */
function decode(codes: Uint16Array): string {
  if (!LITTLE_ENDIAN) return fromCodes(codes);
  // The decoder would replace lone surrogates with U+FFFD, which the text must keep as they are.
  for (const code of codes) if (code >= 0xd800 && code <= 0xdfff) return fromCodes(codes);
  return decoder.decode(codes);
}

function fromCodes(codes: Uint16Array): string {
  let text = '';
  for (let start = 0; start < codes.length; start += 8192) text += String.fromCharCode(...codes.subarray(start, start + 8192));
  return text;
}
