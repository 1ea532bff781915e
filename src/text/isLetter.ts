// One byte per UTF-16 code unit, filled on first use: 64 KB, a few milliseconds.
let letters: Uint8Array | undefined;

/**
 * Whether a UTF-16 code unit is a letter as /\p{L}/u has it. A surrogate alone is not one; for a
 * pair, test the code point (letterAt). For loops that count letters without building strings:
 * `text[index]` makes a new one-character string for every character past U+00FF.
 */
export function isLetter(code: number): boolean {
  if (letters === undefined) {
    const table = new Uint8Array(0x10000);
    const letter = /\p{L}/u;
    for (let unit = 0; unit < 0x10000; unit++) if (letter.test(String.fromCharCode(unit))) table[unit] = 1;
    letters = table;
  }
  return letters[code] === 1;
}

/**
 * How many UTF-16 code units the letter at `index` takes (1, or 2 for a letter past U+FFFF), or 0
 * when the character there is not a letter.
 */
export function letterAt(text: string, index: number): 0 | 1 | 2 {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return isLetter(code) ? 1 : 0;
  const low = text.charCodeAt(index + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  return /\p{L}/u.test(text.slice(index, index + 2)) ? 2 : 0;
}
