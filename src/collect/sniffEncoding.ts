import { isUtf8 } from 'node:buffer';
import { loadIconv } from './loadIconv.js';

// Longest marks first: the UTF-32LE mark starts with the UTF-16LE one.
const BYTE_ORDER_MARKS: [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

// An XML declaration without a BOM still shows its encoding family (XML 1.0 Appendix F).
const DECLARATION_STARTS: [number[], string][] = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
];

// The WHATWG Encoding Standard reads these labels as windows-1252, as every browser does: feeds
// labelled Latin-1 are full of Windows "smart quotes", which real ISO-8859-1 turns into C1 controls.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

/**
 * Picks the encoding of a feed's or page's bytes: the BOM, else the Content-Type charset, else the
 * XML declaration or HTML <meta> charset, else UTF-8. The header beats the declaration (RFC 7303 §3.2) with one exception:
 * a header claiming UTF-8 for bytes that are not UTF-8 is a server default, not a statement.
 */
export function sniffEncoding(bytes: Uint8Array, contentType: string | null): string {
  const bom = BYTE_ORDER_MARKS.find(([mark]) => startsWith(bytes, mark));
  if (bom) return bom[1];
  const family = DECLARATION_STARTS.find(([mark]) => startsWith(bytes, mark));
  if (family) return family[1];

  const fromHeader = usable(charsetOf(contentType));
  const fromDeclaration = usable(declaredEncoding(bytes)) ?? usable(metaCharset(bytes));
  if (fromHeader === 'utf-8' && fromDeclaration && fromDeclaration !== 'utf-8' && !isUtf8(bytes)) return fromDeclaration;
  // Nothing declared and not UTF-8: legacy single-byte text, which browsers read as windows-1252
  // (the WHATWG default); UTF-8 would turn every "smart quote" into U+FFFD.
  if (fromHeader === undefined && fromDeclaration === undefined && !isUtf8(bytes)) return 'windows-1252';
  return fromHeader ?? fromDeclaration ?? 'utf-8';
}

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, index) => bytes[index] === byte);
}

function charsetOf(contentType: string | null): string | undefined {
  // charset="x", charset='x' (not RFC 9110, but servers send it) and charset= x all name x.
  return /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType ?? '')?.slice(1).find(Boolean);
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding a feed can use without a BOM, so Latin-1 reads it.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  return /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
}

// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * A web page names its encoding in a <meta> tag near its top. Browsers look at the first 1024
 * bytes; archived and proxied pages push the tag further down, so 8 KB are searched. The tag is
 * believed only when the bytes are not UTF-8: pages re-saved as UTF-8 keep the old tag, and legacy
 * multi-byte text (GBK, windows-1256) is practically never valid UTF-8.
 */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1');
  const charset = META_CHARSET.exec(head)?.[1];
  return charset !== undefined && !isUtf8(bytes) ? charset : undefined;
}

/** The label in lower case when iconv-lite can decode it, else undefined (so the next clue wins). */
function usable(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const name = label.trim().toLowerCase();
  const resolved = ALIASES[name] ?? (name === 'utf8' ? 'utf-8' : name);
  if (resolved === 'utf-8') return resolved;
  return resolved !== '' && loadIconv().encodingExists(resolved) ? resolved : undefined;
}

