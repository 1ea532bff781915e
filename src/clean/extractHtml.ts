import * as cheerio from 'cheerio';
import { isTag, type AnyNode, type Element } from 'domhandler';
import type { Removal } from './cleanBlocks.js';
import { cleanUnicode } from './cleanUnicode.js';

export interface ExtractedHtml {
  title?: string;
  /** `<link rel=canonical>` or `og:url`, made absolute. */
  url?: string;
  /** The page's `<html lang>`. */
  language?: string;
  /** Text blocks of the main content in reading order: headings, paragraphs, list items, quotes. */
  blocks: string[];
  removed: Removal[];
}

// Elements that never hold article text.
const NEVER_CONTENT = 'script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, input, select, textarea, dialog';
// Page furniture around the article; inside the chosen article root they are kept.
const FURNITURE = 'nav, aside, footer, header, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
// class/id tokens of page furniture; matched as whole tokens so "shared-prices" or "adapter" stay.
const BOILERPLATE_TOKENS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'share', 'sharing', 'social', 'newsletter', 'subscribe',
  'subscription', 'related', 'recommended', 'recirculation', 'comments', 'comment', 'breadcrumb',
  'breadcrumbs', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'sidebar',
  'menu', 'navbar', 'nav', 'footer', 'popup', 'modal', 'banner', 'toolbar', 'tags', 'paywall', 'outbrain', 'taboola',
]);
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dt, dd';
const ROOT_CANDIDATES = '[itemprop="articleBody"], article, main, [role="main"]';

/**
 * Finds the main content of an HTML page or fragment with cheerio: drops page furniture by tag,
 * role and class/id tokens, picks the element holding the article, and returns its text blocks.
 */
export function extractHtml(html: string, baseUrl?: string): ExtractedHtml {
  const $ = cheerio.load(html);
  const removed: Removal[] = [];
  const meta = readMetadata($, baseUrl);
  $(NEVER_CONTENT).remove();
  const root = chooseRoot($);
  $(FURNITURE).each((_, element) => {
    if (!$(element).find(root).length && !isInside(element, root)) drop($, element, 'page-furniture', removed);
  });
  $('[class], [id]').each((_, element) => {
    const token = boilerplateToken(element);
    if (token && !$(element).find(root).length && element !== root) drop($, element, `html-${token}`, removed);
  });
  const blocks: string[] = [];
  $(root)
    .find(BLOCKS)
    .each((_, element) => {
      if ($(element).parents(BLOCKS).length) return; // the outer block already holds this text
      const text = textOf($, element);
      if (!text) return;
      if (element.tagName === 'figcaption') removed.push({ text, rule: 'caption' });
      else if (isLinkList($, element, text)) removed.push({ text, rule: 'link-dense' });
      else blocks.push(text);
    });
  if (blocks.length === 0) blocks.push(...textOf($, root).split('\n'));
  return { ...meta, blocks: blocks.filter(Boolean), removed };
}

function readMetadata($: cheerio.CheerioAPI, baseUrl: string | undefined): Omit<ExtractedHtml, 'blocks' | 'removed'> {
  const clean = (value: string | undefined) => (value ? cleanUnicode(value).replace(/\s+/g, ' ').trim() : '');
  const h1 = clean($('h1').first().text());
  const declared = clean($('meta[property="og:title"]').attr('content')) || clean($('title').first().text());
  // A <title> usually carries " | Site name"; the <h1> is the article's own headline.
  const title = h1 && (!declared || declared.includes(h1)) ? h1 : declared || h1;
  const link = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  const language = $('html').attr('lang')?.trim();
  return {
    ...(title ? { title } : {}),
    ...(link ? { url: absolute(link, baseUrl) } : {}),
    ...(language ? { language } : {}),
  };
}

function chooseRoot($: cheerio.CheerioAPI): Element {
  const marked = $(ROOT_CANDIDATES)
    .toArray()
    .filter((element) => paragraphText($, element) > 200)
    .sort((a, b) => paragraphText($, b) - paragraphText($, a))[0];
  if (marked) return marked;
  // No semantic markup: the element whose own paragraphs hold the most text.
  const scores = new Map<Element, number>();
  $('p').each((_, p) => {
    const length = $(p).text().trim().length;
    const parent = p.parent;
    if (parent && isTag(parent)) scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent?.parent;
    if (grandparent && isTag(grandparent)) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  });
  const best = [...scores].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? ($('body').get(0) ?? $.root().children().get(0) ?? ($.root().get(0) as unknown as Element));
}

function paragraphText($: cheerio.CheerioAPI, element: Element): number {
  return $(element).find('p').text().length;
}

function boilerplateToken(element: Element): string | undefined {
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).find((token) => BOILERPLATE_TOKENS.has(token));
}

function drop($: cheerio.CheerioAPI, element: Element, rule: string, removed: Removal[]): void {
  const text = textOf($, element);
  if (text) removed.push({ text: text.length > 300 ? `${text.slice(0, 300)}…` : text, rule });
  $(element).remove();
}

function isInside(element: AnyNode, root: Element): boolean {
  for (let node: AnyNode | null = element.parent; node; node = node.parent) if (node === root) return true;
  return false;
}

/** Short blocks that are mostly link text are menus and "related" lists, not prose. */
function isLinkList($: cheerio.CheerioAPI, element: Element, text: string): boolean {
  const linkText = $(element).find('a').text().replace(/\s+/g, ' ').trim().length;
  return linkText / text.length > 0.6 && text.split(/\s+/).length < 30;
}

function textOf($: cheerio.CheerioAPI, element: AnyNode): string {
  const clone = $(element).clone();
  clone.find('br').replaceWith('\n');
  // Block boundaries become line breaks, so "Related" and the first related title stay apart.
  clone.find(`${BLOCKS}, div, section, ul, ol, table, tr, figure`).after('\n');
  return cleanUnicode(clone.text())
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function absolute(link: string, baseUrl: string | undefined): string {
  try {
    return new URL(link, baseUrl).href;
  } catch {
    return link;
  }
}
