import iconv from 'iconv-lite';
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
  const decoded = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  return { text: dropDeclaredEncoding(decoded.replace(/^\uFEFF/, '')), encoding };
}

const DECLARATION = /^(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2([^>]*\?>)/;

// The text is already decoded: a parser that believed the declaration would decode it a second time.
function dropDeclaredEncoding(text: string): string {
  return text.replace(DECLARATION, '$1$3');
}
