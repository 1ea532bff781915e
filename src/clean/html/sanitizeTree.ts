import { Element, isTag, isText, type AnyNode, type ParentNode } from 'domhandler';

/** What the allowlist read from elements it does not let through (`<meta>`, `<link>`). */
export interface PageMetadata {
  /** `<meta property="og:title">`. */
  ogTitle?: string;
  /** `<link rel="canonical">`, else `<meta property="og:url">`, as written (made absolute later). */
  link?: string;
}

/**
 * Elements deeper than this lose their tags (their text is kept): 100,000 nested <div>s from a
 * hostile feed must not cost a stack overflow in any tree walk after this one. Real pages nest
 * 30–60 deep.
 */
export const MAX_NESTING = 256;

// The structure the extractor reads (sections, paragraphs, lists, tables, headings, figures) and
// inline text. Any other element loses its tags and keeps its text, except those below, which go
// with everything inside them.
const ALLOWED_TAGS = new Set([
  'html', 'head', 'body', 'title',
  'address', 'article', 'aside', 'footer', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'main', 'nav', 'section',
  'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'hr', 'li', 'ol', 'p', 'pre', 'ul', 'center',
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'font', 'big', 'tt', 'strike', 'ins', 'del',
  'caption', 'col', 'colgroup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'img', 'picture', 'video', 'audio',
]);
// Never article text: code, styles, embedded documents, form controls and their labels. <object>
// and <applet> are not here: they lose only their tags, and what they hold is fallback text for
// readers.
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'noframes',
  'button', 'select', 'option', 'textarea', 'dialog', 'xmp', 'plaintext', 'noembed',
]);
// What the extractor reads: class/id words, ARIA roles, hidden flags, language and direction.
// data-* stays so that users' removeSelectors such as [data-component="ad"] still match.
const GLOBAL_ATTRIBUTES = new Set(['class', 'id', 'role', 'hidden', 'lang', 'dir', 'itemprop']);
const TAG_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['title']),
  img: new Set(['alt', 'title', 'width', 'height']),
  time: new Set(['datetime']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan']),
};
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
// Images only from the web: no data: (it can carry SVG with script) and no tracking by mailto.
const IMAGE_SCHEMES = ['http:', 'https:'];
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Passes a parsed page or feed item (htmlparser2's tree) through an allowlist, in place: only
 * text and structure survive, no event handler or style attribute, no javascript:, vbscript: or
 * data: URL, links made absolute with rel="noopener noreferrer", no comment or processing
 * instruction. The briefing never shows article HTML (the cleaning stage turns it into plain
 * text, which Handlebars escapes), so this is a second wall: nothing a page could run or load gets
 * past the cleaning stage, whatever a later template does.
 *
 * It works on the tree the extractor walks rather than on markup, so every document is parsed
 * once: sanitize-html, used before, cost more than the parse itself and handed over markup to be
 * parsed again.
 *
 * `<meta>` and `<link>` are not let through; the page's og:title and canonical address are read
 * from them on the way and returned as data.
 */
export function sanitizeTree(root: ParentNode, baseUrl?: string): PageMetadata {
  const found: { ogTitle?: string; ogUrl?: string; canonical?: string } = {};
  // Each parent's children are rebuilt in one pass (an element that loses its tags gives its
  // children in its place), then each kept element's own: linear however many siblings there are.
  const parents: { parent: ParentNode; depth: number }[] = [{ parent: root, depth: 0 }];
  for (let next = parents.pop(); next; next = parents.pop()) {
    const { parent, depth } = next;
    const kept: AnyNode[] = [];
    const pending = [...parent.children].reverse();
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (!isTag(node)) {
        // Text stays; comments, CDATA and <!doctype>/<?xml?> go.
        if (isText(node)) kept.push(node);
        continue;
      }
      const name = node.name;
      if (name === 'meta' || name === 'link') readMetadata(node, found);
      if (DROPPED_WITH_CONTENT.has(name)) continue;
      const allowed = name === 'form' ? 'div' : name;
      if (!ALLOWED_TAGS.has(allowed) || depth >= MAX_NESTING) {
        for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!);
        continue;
      }
      node.attribs = allowedAttributes(node, name, baseUrl);
      node.name = allowed;
      kept.push(node);
      parents.push({ parent: node, depth: depth + 1 });
    }
    adopt(parent, kept);
  }
  const link = found.canonical ?? found.ogUrl;
  return { ...(found.ogTitle === undefined ? {} : { ogTitle: found.ogTitle }), ...(link === undefined ? {} : { link }) };
}

/** Makes `children` the parent's children, with their links to it and to each other. */
function adopt(parent: ParentNode, children: AnyNode[]): void {
  parent.children = children;
  children.forEach((child, index) => {
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  });
}

/** The element made a <body> holds everything, when the markup had none (a feed item's fragment). */
export function ensureBody(root: ParentNode): Element {
  const existing = findBody(root);
  if (existing) return existing;
  const body = new Element('body', {});
  adopt(body, [...root.children]);
  adopt(root, [body]);
  return body;
}

/** The first <body> element of the tree, if there is one. */
export function findBody(root: ParentNode): Element | undefined {
  // In document order, as a selector query would find it.
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'body') return node;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return undefined;
}

function readMetadata(element: Element, found: { ogTitle?: string; ogUrl?: string; canonical?: string }): void {
  const { attribs } = element;
  if (element.name === 'meta' && attribs.content) {
    const property = (attribs.property ?? attribs.name ?? '').toLowerCase();
    if (property === 'og:title') found.ogTitle ??= attribs.content;
    else if (property === 'og:url') found.ogUrl ??= attribs.content;
  } else if (element.name === 'link' && attribs.href && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '')) found.canonical ??= attribs.href;
}

function allowedAttributes(element: Element, original: string, baseUrl: string | undefined): Record<string, string> {
  const given = element.attribs;
  const own = original === 'form' ? undefined : TAG_ATTRIBUTES[original];
  const kept: Record<string, string> = {};
  for (const name in given) {
    const value = given[name]!;
    if (original === 'form' && name !== 'class' && name !== 'id') continue;
    // Empty values say nothing the extractor reads ("hidden" is dealt with below).
    if (value === '' && name !== 'hidden') continue;
    if (GLOBAL_ATTRIBUTES.has(name) || own?.has(name) || name.startsWith('data-') || name.startsWith('aria-')) kept[name] = value;
  }
  // Styles go, but what they say about visibility stays: hidden text is not article text.
  if (kept.hidden !== undefined || (given.style !== undefined && HIDING_STYLE.test(given.style))) kept.hidden = 'hidden';
  if (original === 'a') {
    const href = absolute(given.href, baseUrl, LINK_SCHEMES);
    if (href) kept.href = href;
    kept.rel = 'noopener noreferrer';
  } else if (original === 'img') {
    const src = absolute(given.src, baseUrl, IMAGE_SCHEMES);
    if (src) kept.src = src;
  }
  return kept;
}

/** The address made absolute against the page's, when its scheme is allowed; else nothing. */
function absolute(address: string | undefined, baseUrl: string | undefined, schemes: readonly string[]): string | undefined {
  // Browsers ignore control characters and surrounding spaces in URLs ("java\tscript:"): so does URL.
  const trimmed = address?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol) ? url.href : undefined;
}
