import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';

/** What a page says about its dates, gathered in one walk over the parsed page. */
export interface DateParts {
  /** Every `<meta>` with a `content`. */
  metas: Element[];
  /** The text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Every `<time>` and every other element with an `itemprop` date. */
  times: Element[];
  /** Elements whose class or id says they hold a date ("post-date", "article__date", "datum"). */
  dateBoxes: Element[];
  /** `<link rel=canonical>`, else `og:url`: a local file's address, for its date path. */
  canonical?: string;
  /** `<html lang>`, lower case. */
  language?: string;
  /** The visible text of the page in reading order: a line per block element, a space where others meet. */
  text: string;
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'select', 'option', 'textarea']);
// Words of the class or id of the boxes sites print the date in, across CMSs and languages
// ("post-date", "article__date", "entry-meta", "datum", "fecha"), as whole words: "update" or
// "timespan" are not dates, and "data" names too many other things.
const DATE_WORDS = new Set(['date', 'dates', 'datum', 'datetime', 'dateline', 'time', 'timestamp', 'published', 'publish', 'publishdate', 'pubdate', 'posted', 'postdate', 'byline', 'fecha', 'tarikh', 'zeit', 'veroeffentlicht']);
const META_BOX = /(?:post|entry|article)[-_]?(?:meta|info)|meta[-_]?info/i;
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'blockquote', 'figure', 'figcaption', 'dd', 'dt', 'address', 'hr', 'pre', 'form', 'body']);
const LINE_END = Symbol('line end');
const DATE_PROPS = /^(?:datePublished|dateCreated|dateModified|uploadDate)$/;

/** One walk over the page: the elements every date rule reads, and the visible text. */
export function collectDateParts(document: Document): DateParts {
  const parts: DateParts = { metas: [], jsonLd: [], times: [], dateBoxes: [], text: '' };
  const text: string[] = [];
  let ogUrl: string | undefined;
  // Each node with whether it is shown: the <head> and scripts are walked for their tags, not read
  // as text. LINE_END stands where a block element ends.
  const stack: [AnyNode | typeof LINE_END, boolean][] = [...document.children].reverse().map((node) => [node, true]);
  while (stack.length > 0) {
    const [node, shown] = stack.pop()!;
    if (node === LINE_END) {
      text.push('\n');
      continue;
    }
    if (isText(node)) {
      if (shown) text.push(node.data);
      continue;
    }
    if (!isTag(node)) continue;
    const { name, attribs } = node;
    if (name === 'meta' && attribs.content !== undefined) {
      parts.metas.push(node);
      if (attribs.property?.toLowerCase() === 'og:url') ogUrl ??= attribs.content;
    } else if (name === 'script' && attribs.type?.toLowerCase().includes('ld+json')) parts.jsonLd.push(textOf(node));
    else if (name === 'link' && attribs.rel?.toLowerCase() === 'canonical' && attribs.href) parts.canonical ??= attribs.href;
    else if (name === 'html' && (attribs.lang ?? attribs['xml:lang'])) parts.language ??= (attribs.lang ?? attribs['xml:lang'] ?? '').trim().toLowerCase();
    if (name === 'time' || (attribs.itemprop !== undefined && DATE_PROPS.test(attribs.itemprop))) parts.times.push(node);
    else if (shown && isDateBox(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) parts.dateBoxes.push(node);
    const showsChildren = shown && !INVISIBLE.has(name);
    // A line per block, so that a date standing alone on one can be told from a date inside a sentence.
    const block = BLOCKS.has(name);
    if (showsChildren) text.push(block ? '\n' : ' ');
    if (showsChildren && block) stack.push([LINE_END, false]);
    for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index]!, showsChildren]);
  }
  parts.text = text.join('');
  if (parts.canonical === undefined && ogUrl !== undefined) parts.canonical = ogUrl;
  return parts;
}

function isDateBox(label: string): boolean {
  if (label.length < 3) return false;
  if (META_BOX.test(label)) return true;
  // camelCase splits too: "articleDate", "publishedTime".
  return label.split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/).some((word) => DATE_WORDS.has(word.toLowerCase()));
}

function textOf(element: Element): string {
  return element.children.map((child) => (isText(child) ? child.data : '')).join('');
}
