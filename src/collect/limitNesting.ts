// Elements that never hold others in HTML: they do not deepen the nesting.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TOKENS = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][^\s/>]*)[^>]*?(\/?)>/g;

/** Depth past which tags are dropped before any parser sees the markup. */
export const MAX_PARSE_DEPTH = 1024;

/**
 * Drops the tags (never the text) nested deeper than `maxDepth`, in one linear pass, before the
 * markup reaches a parser. htmlparser2 keeps its stack of open elements with `unshift`, so 100,000
 * nested <div>s cost it seconds; real pages and feeds nest a few dozen deep. CDATA sections and
 * comments are passed over as they are. A sloppy page with many unclosed <p>s only reaches the
 * limit after a thousand of them, and then loses tags, not text.
 */
export function limitNesting(markup: string, maxDepth = MAX_PARSE_DEPTH, html = true): string {
  // Nearly every document stays within the limit: it is only read, not copied (a copy of each feed
  // was a third of what the main thread kept past a minor collection).
  const scan = nestingOf(maxDepth, html);
  const tokens = new RegExp(TOKENS.source, 'g');
  let fits = true;
  for (let match = tokens.exec(markup); match && fits; match = tokens.exec(markup)) fits = scan(match[1], match[2], match[3]);
  if (fits) return markup;
  const keeps = nestingOf(maxDepth, html);
  return markup.replace(TOKENS, (token, closing: string | undefined, name: string | undefined, selfClosing: string | undefined) => (keeps(closing, name, selfClosing) ? token : ''));
}

/**
 * Follows the nesting of the markup's tokens in order, and says for each whether its tag is kept:
 * not one that opens past `maxDepth`, nor an empty one at it, nor the closing tag of a dropped one.
 * CDATA sections and comments (no name) are always kept.
 */
function nestingOf(maxDepth: number, html: boolean): (closing: string | undefined, name: string | undefined, selfClosing: string | undefined) => boolean {
  let depth = 0;
  return (closing, name, selfClosing) => {
    if (name === undefined) return true;
    if (closing) {
      if (depth > maxDepth) {
        depth--;
        return false;
      }
      depth = Math.max(0, depth - 1);
      return true;
    }
    if (selfClosing || (html && VOID.has(name.toLowerCase()))) return depth < maxDepth;
    depth++;
    return depth <= maxDepth;
  };
}
