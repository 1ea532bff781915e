import { isTag, isText, type AnyNode } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';

/** Longest category kept, in characters: a label, never a paragraph. */
export const MAX_CATEGORY_CHARS = 100;
/** Categories kept per item: enough for any honest tagging, nothing like a keyword dump. */
export const MAX_CATEGORIES = 20;
// Raw values are cut to this before any parsing: markup may be longer than its text, but a
// megabyte "category" must not cost a megabyte of parsing.
const MAX_RAW_CHARS = 2_000;
// Elements whose content is code, not words.
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
// Elements that separate words: "<p>World</p><p>News</p>" is not "WorldNews", "<b>Sp</b>orts" is "Sports".
const BREAKS = /^(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|section|article|header|footer|nav|aside|blockquote)$/;
// Invisible debris from CMSs (zero-width space, bidi marks, word joiner, BOM, soft hyphen). ZWNJ
// and ZWJ stay: Persian spelling and emoji need them.
const INVISIBLE = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * A feed item's categories or tags as labels a later stage can match: markup stripped, entities
 * decoded, whitespace collapsed, URLs reduced to their last path segment, empty and repeated
 * (case-insensitively) ones dropped, each and the list capped. Feeds are hostile: a thousand tags or
 * a page of HTML in one must cost little and give a short list.
 */
export function cleanCategories(raw: readonly string[]): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    if (kept.length >= MAX_CATEGORIES) break;
    const category = cleanCategory(value);
    if (category === undefined) continue;
    const key = category.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(category);
  }
  return kept;
}

function cleanCategory(value: string): string | undefined {
  const source = value.length > MAX_RAW_CHARS ? value.slice(0, MAX_RAW_CHARS) : value;
  // One decoding, then markup: feeds escape their HTML once more than they should.
  const decoded = decodeHTML(source);
  const text = /<[a-z!/?]/i.test(decoded) ? textOfMarkup(decoded) : decoded;
  const plain = text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  const label = /^[a-z][a-z\d+.-]*:/i.test(plain) ? labelOfUri(plain) : plain;
  if (!label) return undefined;
  return cut(label);
}

/** The text of an HTML fragment (entities already decoded), without the content of scripts and styles. */
function textOfMarkup(html: string): string {
  let text = '';
  // A string on the stack is text to add once an element's children are done (a break after it).
  const stack: (AnyNode | string)[] = [...parseDocument(html, { decodeEntities: false }).children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') text += node;
    else if (isText(node)) text += node.data;
    else if (isTag(node) && !NOT_TEXT.has(node.name)) {
      if (BREAKS.test(node.name)) {
        text += ' ';
        stack.push(' ');
      }
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
    }
  }
  return text;
}

/**
 * Some feeds tag with addresses (`https://news.example/tag/world-news/`): the last path segment is
 * the label, its hyphens spaces. Identifiers such as Blogger's `…/kind#post`, a `urn:` or `tag:`
 * URI, name no topic and are dropped; "Breaking: fire" is no URI and stays as it is.
 */
function labelOfUri(value: string): string | undefined {
  if (/\s/.test(value)) return value;
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(value)) return /^(?:urn|tag|mailto|data|javascript):/i.test(value) ? undefined : value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.hash) return undefined;
  const segment = url.pathname.split('/').filter(Boolean).at(-1);
  if (segment === undefined) return undefined;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape is kept as written.
  }
  return decoded.replace(/[-_+]+/g, ' ').replace(/\s+/g, ' ').trim() || undefined;
}

/** At most MAX_CATEGORY_CHARS, never splitting a surrogate pair. */
function cut(label: string): string {
  if (label.length <= MAX_CATEGORY_CHARS) return label;
  const end = /[\uD800-\uDBFF]/.test(label[MAX_CATEGORY_CHARS - 1]!) ? MAX_CATEGORY_CHARS - 1 : MAX_CATEGORY_CHARS;
  return label.slice(0, end).trimEnd();
}
