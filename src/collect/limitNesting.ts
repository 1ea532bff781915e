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
  if (!reachesLimit(markup, maxDepth, html)) return markup;
  let depth = 0;
  return markup.replace(TOKENS, (token, closing: string | undefined, name: string | undefined, selfClosing: string | undefined) => {
    if (name === undefined) return token;
    if (closing) {
      if (depth > maxDepth) {
        depth--;
        return '';
      }
      depth = Math.max(0, depth - 1);
      return token;
    }
    if (selfClosing || (html && VOID.has(name.toLowerCase()))) return depth >= maxDepth ? '' : token;
    depth++;
    if (depth > maxDepth) return '';
    return token;
  });
}

/** Whether limitNesting would drop any tag of the markup: one that opens past `maxDepth`, or an empty one at it. */
function reachesLimit(markup: string, maxDepth: number, html: boolean): boolean {
  const tokens = new RegExp(TOKENS.source, 'g');
  let depth = 0;
  for (let match = tokens.exec(markup); match; match = tokens.exec(markup)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (selfClosing || (html && VOID.has(name.toLowerCase()))) {
      if (depth >= maxDepth) return true;
    } else if (++depth > maxDepth) return true;
  }
  return false;
}
