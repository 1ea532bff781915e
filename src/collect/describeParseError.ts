/**
 * Why a document is not a feed, in words a reader can act on: what it is instead ("an HTML page",
 * binary data) or what its root element is.
 */
export function describeNotAFeed(text: string, root: string | undefined): string {
  if (looksBinary(text)) return 'not a feed: the body is binary data, not text (an image, an archive, or compressed without saying so)';
  // Checked first: an HTML page (a login wall, a moved site) is the commonest answer instead of a feed.
  if (root?.toLowerCase() === 'html' || /^\s*<!doctype html/i.test(text)) return 'not an RSS or Atom feed: the address returns an HTML page';
  if (root !== undefined) return `not an RSS, Atom or JSON feed: its root element is <${root}>`;
  return `not XML at all; it starts with ${snippet(text)}`;
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
