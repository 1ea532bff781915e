/**
 * Rewrites an rss-parser/xml2js failure as a reason a reader can act on: what the document is
 * instead of a feed ("an HTML page") or where the XML breaks (line and column, 1-based).
 */
export function describeParseError(error: unknown, xml: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (looksBinary(xml)) return 'not a feed: the body is binary data, not text (an image, an archive, or compressed without saying so)';
  const root = rootElement(xml);
  // Checked before the XML error: an HTML page is rarely well-formed, and "unexpected close tag"
  // would hide that the address serves a web page (a login wall, a moved site) instead of a feed.
  if (root === 'html') return 'not an RSS or Atom feed: the address returns an HTML page';
  if (message.startsWith('Feed not recognized')) return `not an RSS or Atom feed: its root element is <${root ?? '?'}>`;
  if (root === undefined) return `not XML at all; it starts with ${snippet(xml)}`;
  if (message.startsWith('Unable to parse XML')) return 'not XML: nothing could be read from it';

  // sax reports "Reason\nLine: 0\nColumn: 12\nChar: x" with a 0-based line.
  const located = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  if (located) {
    const [, reason = '', line = '0', column = '0'] = located;
    return `not well-formed XML: ${reason.replace(/\.$/, '').toLowerCase()} at line ${Number(line) + 1}, column ${column}`;
  }
  // Anything else came from rss-parser walking a tree it did not expect (e.g. <rss> without <channel>).
  return `unexpected feed structure (${message})`;
}

function rootElement(xml: string): string | undefined {
  return /<([A-Za-z][\w:.-]*)/.exec(xml.replace(/<[?!][\s\S]*?>/g, ''))?.[1]?.toLowerCase();
}

function snippet(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return `"${line.length > 60 ? `${line.slice(0, 60)}…` : line}"`;
}

// Decoded binary is full of U+FFFD and control characters; real text, in any script, has almost none.
function looksBinary(text: string): boolean {
  const start = text.slice(0, 512);
  let odd = 0;
  for (let index = 0; index < start.length; index++) {
    const code = start.charCodeAt(index);
    if (code === 0xfffd || code < 0x09 || (code > 0x0d && code < 0x20)) odd++;
  }
  return odd > start.length / 10;
}
