import render from 'dom-serializer';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { parseDocument, type Options } from 'htmlparser2';
import type { FeedEntries, FeedEntry } from './feedEntry.js';
import { describeNotAFeed } from './describeParseError.js';
import { limitNesting } from './limitNesting.js';
import { readDoctype } from './readDoctype.js';
import { readXmlCategories } from './readXmlCategories.js';
import { baseOf, childElements, localName, markupOf, prefixOf, textOf, type TextContext } from './xmlNodes.js';

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);
const ITEMS = new Set(['item', 'entry']);
// Characters DOCTYPE entities may add to one feed: enough for any honest use, nothing like a bomb.
const ENTITY_BUDGET = 1_000_000;
// Namespaces whose <title>, <link>, <description> … are the item's own. An element in any other
// declared namespace (szf:description, media:title, itunes:summary) is an extension, not the item's.
const FEED_NAMESPACES = new Set([
  'http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#', 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/',
  'http://backend.userland.com/rss2', 'http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/',
  'http://purl.org/rss/1.0/modules/content/', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
]);
// Prefixes feeds use without declaring them; read as their usual namespace.
const CONVENTIONAL_PREFIXES = new Set(['atom', 'a10', 'dc', 'dcterms', 'content', 'xhtml', 'rss', 'rdf']);
// Parsing and serialising inline markup share these, as cheerio's load and html() would.
const XML_OPTIONS: Options = {
  xmlMode: true,
  decodeEntities: false,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  recognizeCDATA: true,
  recognizeSelfClosing: true,
  withStartIndices: true,
};

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and CDF with a forgiving parser (htmlparser2 in
 * XML mode): an unescaped "&", a missing version or <channel>, junk or a BOM before the root,
 * upper-case CDF tags, prefixed roots (<r:rss>) and an unclosed last tag all still give their
 * items. Entities are never expanded beyond what readDoctype allows.
 *
 * The tree is walked as htmlparser2 builds it, not through cheerio: cheerio's load makes a class
 * per document, and those long-lived objects kept each feed's young tree alive until a full
 * collection.
 */
export function readXmlFeed(xml: string, baseUrl: string | undefined): FeedEntries {
  const doctype = readDoctype(xml);
  const warnings = [...doctype.warnings];
  const source = limitNesting(doctype.xml, undefined, false);
  const root = parseDocument(source, XML_OPTIONS).children.find(isTag);
  const items = root ? findItems(root) : [];
  const last = items.at(-1);
  if (root && last && isCutOff(last, root, source)) {
    // The document ends inside its last item: a download or a server that stopped half-way.
    items.pop();
    if (items.length === 0) throw new Error(`the feed is cut off: it ends inside its first <${last.name}>, and no item is complete`);
    warnings.push(`the feed is cut off: it ends inside item ${items.length + 1}, which was skipped`);
  }
  if (!root || (items.length === 0 && !FEED_ROOTS.has(localName(root)))) throw new Error(describeNotAFeed(xml, root ? root.name : undefined));
  if (localName(root) === 'html') throw new Error(describeNotAFeed(xml, 'html'));
  const context: TextContext = { entities: doctype.entities, budget: ENTITY_BUDGET, exhausted: false };
  const atom = localName(root) === 'feed';
  const serialize = (element: Element) => render(element.children, XML_OPTIONS);
  const entries = items.map((item) => readEntry(item, { context, atom, serialize, baseUrl }));
  if (context.exhausted) warnings.push(`the feed's DOCTYPE entities would add more than ${ENTITY_BUDGET.toLocaleString('en')} characters; the rest were left unexpanded`);
  return { entries, warnings };
}

/** Every <item>/<entry> (any prefix), in document order, not looking inside one for another. */
function findItems(root: Element): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (ITEMS.has(localName(node)) && node !== root) {
      found.push(node);
      continue;
    }
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

interface ReadContext {
  context: TextContext;
  atom: boolean;
  serialize: (element: Element) => string;
  baseUrl: string | undefined;
}

function readEntry(item: Element, read: ReadContext): FeedEntry {
  const children = childElements(item);
  const named = nameIndex(children, declarations(item));
  const entry: FeedEntry = { bodyFormat: 'html', dates: [] };

  const title = named('title')[0];
  if (title) {
    const { value, format } = readTextConstruct(title, read, false);
    if (value.trim()) {
      entry.title = value;
      if (format === 'html') entry.titleIsHtml = true;
    }
  }
  const link = readLink(item, named, read);
  if (link !== undefined) entry.link = link;

  const body = named('content:encoded', 'encoded', 'content', 'description', 'summary', 'abstract', 'body', 'fullitem').find((element) => element.children.length > 0);
  if (body) {
    const { value, format } = readTextConstruct(body, read, !read.atom && localName(body) !== 'content' && localName(body) !== 'summary');
    if (value.trim()) {
      entry.body = value;
      entry.bodyFormat = format;
    }
  }
  if (entry.body === undefined) {
    // YouTube and podcasts put the description in Media RSS only (<media:group><media:description>).
    const media = [...children, ...children.filter((child) => child.name === 'media:group').flatMap(childElements)].find((child) => child.name === 'media:description');
    const text = media ? textOf(media, read.context).trim() : '';
    if (text) {
      entry.body = text;
      entry.bodyFormat = (media?.attribs.type ?? '').toLowerCase() === 'html' ? 'html' : 'text';
    }
  }
  entry.dates = readDates(item, named, read.context);
  const author = named('creator', 'author')[0];
  if (author) {
    const name = childElements(author).find((child) => localName(child) === 'name');
    const value = textOf(name ?? author, read.context).trim();
    if (value) entry.author = value;
  }
  const categories = readXmlCategories(named('category', 'subject'), read.context, read.serialize);
  if (categories.length > 0) entry.categories = categories;
  return entry;
}

/**
 * Looks up an item's children by name: for each name, the children of exactly that name
 * (unprefixed, or a full name such as content:encoded) first, then those of that local name under
 * a feed namespace's prefix (atom:link), in document order. An item is asked for some twenty
 * names, so its children are indexed once rather than filtered twice per name.
 */
function nameIndex(children: readonly Element[], declared: ReadonlyMap<string, string>): (...names: string[]) => Element[] {
  const exact = new Map<string, Element[]>();
  const prefixed = new Map<string, Element[]>();
  const add = (index: Map<string, Element[]>, name: string, child: Element) => {
    const list = index.get(name);
    if (list) list.push(child);
    else index.set(name, [child]);
  };
  for (const child of children) {
    add(exact, child.name, child);
    if (prefixOf(child) !== '' && isOwn(child, declared)) add(prefixed, localName(child), child);
  }
  return (...names) => names.flatMap((name) => [...(exact.get(name) ?? []), ...(prefixed.get(name) ?? [])]);
}

/**
 * An Atom text construct (type text, html or xhtml; Atom 0.3's mode escaped, base64 or xml), or an
 * RSS element holding escaped HTML or inline markup. `html` says the element is HTML whatever its
 * type attribute (RSS description).
 */
function readTextConstruct(element: Element, read: ReadContext, html: boolean): { value: string; format: 'html' | 'text' } {
  const type = (element.attribs.type ?? '').toLowerCase();
  const mode = (element.attribs.mode ?? '').toLowerCase();
  const htmlType = html || type === 'html' || type === 'text/html' || type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'escaped' || mode === 'xml';
  // Atom 1.0: any other media type than text/*, html, xhtml or XML is base64 (RFC 4287 §4.1.3.3).
  const binary = type.includes('/') && !type.startsWith('text/') && !type.endsWith('+xml') && !type.endsWith('/xml');
  if (mode === 'base64' || binary) {
    const decoded = Buffer.from(textOf(element, read.context).replace(/\s+/g, ''), 'base64').toString('utf8');
    return { value: decoded, format: htmlType || binary ? 'html' : 'text' };
  }
  // Inline markup is HTML whatever the type says: "naked markup" in an RSS 0.9x title or an Atom 0.3 summary.
  if (element.children.some(isTag)) return { value: markupOf(element, read.context, read.serialize), format: 'html' };
  const text = textOf(element, read.context);
  if (htmlType) return { value: text, format: 'html' };
  // Atom type="text" (the default) and text/plain are plain text; RSS elements without a type are HTML.
  return { value: text, format: type === '' && !read.atom && prefixOf(element) !== 'atom' ? 'html' : 'text' };
}

function readLink(item: Element, named: (...names: string[]) => Element[], read: ReadContext): string | undefined {
  const candidates: [Element, string][] = [];
  for (const element of named('link')) {
    const href = element.attribs.href;
    if (href !== undefined) {
      const rel = (element.attribs.rel ?? 'alternate').toLowerCase();
      if (rel === 'alternate') candidates.push([element, href]);
    } else {
      const text = textOf(element, read.context).trim();
      if (text) candidates.push([element, text]);
    }
  }
  // CDF puts the link on the item itself (<ITEM HREF="…">); RSS may only give a permalink <guid>.
  if (candidates.length === 0 && item.attribs.href) candidates.push([item, item.attribs.href]);
  for (const guid of named('guid', 'origlink')) {
    const text = textOf(guid, read.context).trim();
    if (candidates.length === 0 && /^https?:\/\//i.test(text)) candidates.push([guid, text]);
  }
  const best = candidates.find(([element]) => (element.attribs.type ?? 'text/html').includes('html')) ?? candidates[0];
  if (!best) return undefined;
  const [element, href] = best;
  const base = baseOf(element, read.baseUrl);
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return href.trim();
  }
}

// Publication dates before update dates; the last of several values of one element, as feedparser.
const DATE_ELEMENTS = ['pubdate', 'published', 'issued', 'date', 'created', 'updated', 'modified', 'lastmod'];

function readDates(item: Element, named: (...names: string[]) => Element[], context: TextContext): string[] {
  const dates: string[] = [];
  for (const name of DATE_ELEMENTS) {
    const elements = named(name);
    const value = elements.length > 0 ? textOf(elements[elements.length - 1]!, context).trim() : '';
    if (value) dates.push(value);
  }
  const lastmod = item.attribs.lastmod;
  if (lastmod) dates.push(lastmod);
  return dates;
}

/** Namespace declarations (prefix → URI) in force at `element`, nearest first. */
function declarations(element: Element): Map<string, string> {
  const found = new Map<string, string>();
  for (let node: Element | null = element; node; node = node.parent && isTag(node.parent) ? node.parent : null) {
    for (const [name, value] of Object.entries(node.attribs)) {
      if (name.startsWith('xmlns:') && !found.has(name.slice(6))) found.set(name.slice(6), value.trim());
    }
  }
  return found;
}

function isOwn(element: Element, declared: ReadonlyMap<string, string>): boolean {
  const prefix = prefixOf(element);
  if (prefix === '') return true;
  const uri = element.attribs[`xmlns:${prefix}`]?.trim() ?? declared.get(prefix);
  return uri === undefined ? CONVENTIONAL_PREFIXES.has(prefix) : FEED_NAMESPACES.has(uri);
}

/** True when neither the item nor the root element is closed after the item starts. */
function isCutOff(item: Element, root: Element, source: string): boolean {
  const start = item.startIndex ?? 0;
  const openTag = source.slice(start, source.indexOf('>', start) + 1);
  if (openTag.endsWith('/>')) return false;
  const rest = source.slice(start);
  const closes = (name: string) => new RegExp(`</\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>`, 'i').test(rest);
  return !closes(item.name) && !closes(root.name);
}
