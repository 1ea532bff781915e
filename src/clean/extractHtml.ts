import * as cheerio from 'cheerio/slim';
import { isTag, type AnyNode, type Document, type Element } from 'domhandler';
import { removeElement, textContent } from 'domutils';
import type { Removal } from './cleanBlocks.js';
import { cleanUnicode } from './cleanUnicode.js';
import { collectBlocks, describeRemoved, type Block } from './html/collectBlocks.js';
import { dropInlineCards } from './html/dropInlineCards.js';
import { linkDensity, measureTree, unmeasure, type Measures } from './html/measure.js';
import { furnitureToken } from './html/nodeTokens.js';
import { findLead } from './html/findLead.js';
import { holdsEmbeddedPost } from './html/holdsEmbeddedPost.js';
import { pickContent } from './html/pickContent.js';
import { pruneContent } from './html/pruneContent.js';
import { ensureBody, findBody } from './html/sanitizeTree.js';
import { parseSanitized, type PageMetadata } from './sanitizeHtml.js';

export interface ExtractedHtml {
  title?: string;
  /** `<link rel=canonical>` or `og:url`, made absolute. */
  url?: string;
  /** The page's `<html lang>`. */
  language?: string;
  /** Text blocks of the main content in reading order: headings, paragraphs, list items, quotes. */
  blocks: Block[];
  removed: Removal[];
}

// Elements that never hold article text.
const NEVER_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'button', 'input', 'select', 'textarea', 'dialog', 'link', 'meta']);
const HIDDEN_STYLE = /display:\s?none|visibility:hidden/;
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);
// Less text than this from the careful pass means it threw the article away with the furniture.
const ENOUGH_TEXT = 250;

/**
 * Finds the main content of an HTML page or fragment: furniture goes by tag, role and class/id
 * words (unless it holds the prose), the article is the best-scoring container with its close
 * siblings, and what is left inside is pruned by its link and list density.
 */
export function extractHtml(html: string, baseUrl?: string, selectors: readonly string[] = []): ExtractedHtml {
  // Every page and feed body goes through the allowlist first (see sanitizeTree.ts): what the
  // extractor walks is already free of scripts, handlers, unsafe URLs and deep nesting.
  const { document, metadata } = parseSanitized(html, baseUrl);
  const careful = extract(document, metadata, baseUrl, selectors, true);
  if (textLength(careful.blocks) >= ENOUGH_TEXT) return careful;
  // Some sites put the article inside a container named like furniture ("modal", "promo"). The
  // careful pass changed the tree, so this one reads the page afresh.
  const lenient = extract(parseSanitized(html, baseUrl).document, metadata, baseUrl, selectors, false);
  return textLength(lenient.blocks) > textLength(careful.blocks) ? lenient : careful;
}

/**
 * One pass over a sanitised tree. htmlparser2 rather than parse5: several times faster, and as
 * forgiving of broken markup. The tree is walked directly; cheerio is only loaded on it for the
 * user's own selectors.
 */
function extract(document: Document, metadata: PageMetadata, baseUrl: string | undefined, selectors: readonly string[], removeFurniture: boolean): ExtractedHtml {
  // A fragment (a feed item's body) gets the <body> a page has: the walks below start from it, and
  // htmlparser2, unlike parse5, does not invent one.
  const given = ensureBody(document);
  const removed: Removal[] = [];
  const meta = readMetadata(stripNonContent(document), metadata, baseUrl);
  if (selectors.length > 0) {
    const $ = cheerio.load(document, null, false);
    for (const selector of selectors) {
      $(selector).each((_, element) => {
        const text = describeRemoved(element);
        if (text) removed.push({ text, rule: 'user-selector' });
        $(element).remove();
      });
    }
  }
  // Every fragment was given a <body>; it is still there unless it was hidden or a user's selector
  // removed it (then another <body> of a malformed page may be left). Looked up again only then:
  // a walk of the whole page per document otherwise.
  const body = inTree(given, document) ? given : findBody(document);
  if (!body) return { ...meta, blocks: [], removed };
  const measures = measureTree(body);
  if (removeFurniture) removeUnlikely(body, measures, removed);
  const picked = pickContent(body, measures);
  const content = [...findLead(body, picked, measures), ...picked];
  dropInlineCards(content, measures, removed);
  pruneContent(content, measures, removed);
  // A loop into a literal, not map().filter(): see cleanBlocks.
  const blocks: Block[] = [];
  for (const block of collectBlocks(content, removed)) {
    const text = cleanUnicode(block.text).trim();
    if (text) blocks.push({ ...block, text });
  }
  return { ...meta, blocks, removed };
}

interface PageParts {
  h1?: Element;
  title?: Element;
  html?: Element;
}

/**
 * One walk over the page instead of a selector query each: removes what never holds article text
 * (code, embeds, form controls) and what is hidden, and notes the first <h1>, <title> and <html>
 * on the way for the metadata.
 */
function stripNonContent(document: Document): PageParts {
  const parts: PageParts = {};
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (NEVER_CONTENT.has(node.name) || isHidden(node)) {
      removeElement(node);
      continue;
    }
    if (node.name === 'h1') parts.h1 ??= node;
    else if (node.name === 'title') parts.title ??= node;
    else if (node.name === 'html') parts.html ??= node;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return parts;
}

function isHidden(element: Element): boolean {
  const { attribs } = element;
  return attribs.hidden !== undefined || attribs['aria-hidden'] === 'true' || (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style));
}

function removeUnlikely(root: AnyNode, measures: Measures, removed: Removal[]): void {
  // Without recursion: furniture is removed whole, anything else is looked into.
  const stack: AnyNode[] = 'children' in root ? [...root.children].reverse() : [];
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (!isTag(child)) continue;
    const rule = furnitureRule(child, measures);
    if (rule) {
      const text = describeRemoved(child);
      if (text) removed.push({ text, rule });
      // The containers around it are scored below as if it had never been there.
      unmeasure(child, measures);
      removeElement(child);
    } else for (let index = child.children.length - 1; index >= 0; index--) stack.push(child.children[index]!);
  }
}

function furnitureRule(element: Element, measures: Measures): string | undefined {
  if (['body', 'html', 'article', 'main'].includes(element.name)) return undefined;
  const role = element.attribs.role;
  const byTag = FURNITURE_TAGS.has(element.name) || (role !== undefined && FURNITURE_ROLES.has(role));
  const token = furnitureToken(element);
  if (!byTag && !token) return undefined;
  if (holdsProse(element, measures) || (token && holdsEmbeddedPost(element))) return undefined;
  return token ? `html-${token}` : 'page-furniture';
}

/** Several real paragraphs with few links: an article, whatever its container is called. */
function holdsProse(element: Element, measures: Measures): boolean {
  const measure = measures.get(element);
  return measure !== undefined && measure.paragraphs >= 3 && measure.text >= 600 && linkDensity(measure) < 0.3 && measure.commas >= 3;
}

function inTree(node: AnyNode, root: Document): boolean {
  let top: AnyNode = node;
  while (top.parent) top = top.parent;
  return top === root;
}

function textLength(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

function readMetadata(parts: PageParts, metadata: PageMetadata, baseUrl: string | undefined): Omit<ExtractedHtml, 'blocks' | 'removed'> {
  const clean = (value: string | undefined) => (value ? cleanUnicode(value).replace(/\s+/g, ' ').trim() : '');
  const h1 = clean(parts.h1 && textContent(parts.h1));
  const declared = clean(metadata.ogTitle) || clean(parts.title && textContent(parts.title));
  // A <title> usually carries " | Site name"; the <h1> is the article's own headline.
  const title = h1 && (!declared || declared.includes(h1)) ? h1 : declared || h1;
  const link = metadata.link;
  const language = parts.html?.attribs.lang?.trim();
  return {
    ...(title ? { title } : {}),
    ...(link ? { url: absolute(link, baseUrl) } : {}),
    ...(language ? { language } : {}),
  };
}

function absolute(link: string, baseUrl: string | undefined): string {
  try {
    return new URL(link, baseUrl).href;
  } catch {
    return link;
  }
}
