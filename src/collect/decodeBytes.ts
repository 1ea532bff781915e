import { loadIconv } from './loadIconv.js';
import { sniffEncoding } from './sniffEncoding.js';

export interface DecodedText {
  /** The document as a string, with no BOM and no `encoding` left in its XML declaration. */
  text: string;
  /** The encoding the bytes were read as, lower-case (`utf-8`, `windows-1256`). */
  encoding: string;
}

/**
 * Turns a feed's bytes into text, finding the encoding the way XML readers should: byte order
 * mark, then the Content-Type charset, then the XML declaration, then UTF-8. Never throws:
 * an encoding nobody can decode falls through to the next clue.
 */
export function decodeBytes(bytes: Uint8Array, contentType: string | null | undefined): DecodedText {
  const encoding = sniffEncoding(bytes, contentType ?? null);
  // iconv-lite, not TextDecoder: Node 20's TextDecoder reads windows-1252 bytes 0x80–0x9F as C1
  // controls, and iconv-lite covers legacy encodings (windows-1256, ISO-8859-6) without full ICU.
  // UTF-8, nearly every feed, goes through Node's own decoder, several times faster; malformed
  // sequences become U+FFFD either way.
  const decoded = encoding === 'utf-8' ? UTF8.decode(bytes) : loadIconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  return { text: dropDeclaredEncoding(demoronize(decoded.replace(/^\uFEFF/, ''))), encoding };
}

// ignoreBOM: false (the default) strips a leading BOM, as iconv-lite's stripBOM does.
const UTF8 = new TextDecoder('utf-8');

// C1 controls (U+0080–U+009F) in decoded text are windows-1252 bytes that went through a Latin-1
// or UTF-8 conversion on the publisher's side ("don\u0092t"). They mean nothing as controls, and
// Gmail may clip a message holding them: read them as the characters the author typed (’ “ ” – …).
function demoronize(text: string): string {
  return /[\u0080-\u009F]/.test(text) ? text.replace(/[\u0080-\u009F]/g, (char) => c1Characters()[char.charCodeAt(0) - 0x80] ?? char) : text;
}

// Every one of the 32 is a single UTF-16 unit, so the string splits into them. Made when a text
// first has one.
let windows1252C1: readonly (string | undefined)[] | undefined;
function c1Characters(): readonly (string | undefined)[] {
  windows1252C1 ??= loadIconv()
    .decode(Buffer.from(Array.from({ length: 32 }, (_, index) => 0x80 + index)), 'windows-1252')
    .split('')
    // iconv-lite maps the five bytes windows-1252 leaves undefined to U+FFFD: keep those as they were.
    .map((char) => (char === '\uFFFD' ? undefined : char));
  return windows1252C1;
}

const DECLARATION = /^(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2([^>]*\?>)/;

// The text is already decoded: a parser that believed the declaration would decode it a second time.
function dropDeclaredEncoding(text: string): string {
  return text.replace(DECLARATION, '$1$3');
}
