import { hash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { textContent } from 'domutils';
import { marked } from 'marked';
import { DIRECTION_SAMPLE, detectDirection } from '../text/direction.js';
import { detectLanguage, LANGUAGE_SAMPLE } from '../text/detectLanguage.js';
import type { Article, RawDocument } from '../types.js';
import { cleanBlocks, type CleanedText, type Removal } from './cleanBlocks.js';
import type { LineRules } from './compileRules.js';
import { cleanText } from './cleanText.js';
import { cleanUnicode } from './cleanUnicode.js';
import { extractHtml } from './extractHtml.js';
import { takeDateline } from './lines/takeDateline.js';
import { takeKicker } from './lines/takeKicker.js';
import { parseSanitized } from './sanitizeHtml.js';

export interface CleanedDocument {
  article: Article;
  /** Every removed block with its rule, for `briefing explain`. */
  removed: Removal[];
}

/** Turns one collected document into an article: main content, boilerplate removed, metadata kept. */
export function cleanDocument(document: RawDocument, rules: LineRules): CleanedDocument {
  const { cleaned, declaredUrl, declaredLanguage, extraRemoved } = cleanBody(document, rules);
  // A wire dateline ("(CNN) --", "LONDON (Reuters) -") is metadata, not the story's first words.
  const dated = takeDateline(cleaned.paragraphs);
  const dateline = dated.dateline;
  // So is a column's name in capitals before the first sentence ("HENRY DEEDES: …").
  const { kicker, paragraphs } = takeKicker(dated.paragraphs);
  const text = paragraphs.join('\n\n');
  const removed = [...extraRemoved, ...cleaned.removed];
  // Both detections read the start of the text only: they get that start, rather than title and
  // text joined, which each would copy whole to read it.
  const head = `${cleaned.title}\n${text.slice(0, Math.max(LANGUAGE_SAMPLE, DIRECTION_SAMPLE))}`;
  const language = detectLanguage(head);
  const url = document.url ?? cleaned.url ?? declaredUrl ?? (document.file ? pathToFileURL(document.file).href : '');
  const article: Article = {
    id: articleId(url, cleaned.title),
    title: cleaned.title,
    url,
    ...(document.file === undefined ? {} : { file: document.file }),
    source: document.source,
    language: language === 'und' && declaredLanguage ? declaredLanguage : language,
    dir: detectDirection(head),
    published: document.published ?? null,
    ...(document.dateSource ? { dateSource: document.dateSource } : {}),
    text,
    metadata: { ...(document.author ? { byline: document.author } : {}), ...cleaned.metadata, ...(dateline ? { dateline } : {}), ...(kicker ? { kicker } : {}) },
    removed: countByRule(removed),
    // Cleaned when collected (cleanCategories); a local file has none and gets no empty list.
    ...(document.categories?.length ? { categories: [...document.categories] } : {}),
  };
  return { article, removed };
}

interface CleanedBody {
  cleaned: CleanedText;
  declaredUrl?: string;
  declaredLanguage?: string;
  extraRemoved: Removal[];
}

function cleanBody(document: RawDocument, rules: LineRules): CleanedBody {
  const title = document.title === undefined ? undefined : plainTitle(document.title);
  if (document.format === 'text') return { cleaned: cleanText(document.body, { rules, ...(title ? { title } : {}) }), extraRemoved: [] };
  const html = document.format === 'markdown' ? marked.parse(document.body, { async: false }) : markParagraphs(document.body);
  const extracted = extractHtml(html, document.url, rules.selectors);
  const cleaned = cleanBlocks(extracted.blocks, { rules, ...(title ?? extracted.title ? { title: title ?? extracted.title } : {}) });
  return {
    cleaned,
    ...(extracted.url ? { declaredUrl: extracted.url } : {}),
    ...(extracted.language ? { declaredLanguage: extracted.language.split('-')[0]?.toLowerCase() } : {}),
    extraRemoved: extracted.removed,
  };
}

// A blank line: what separates paragraphs in text.
const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * HTML without a single tag but with blank lines (an RSS description such as "By Conan Young of
 * RNZ\n\nAs daily Covid-19 cases…") means its blank lines as paragraph breaks; read as HTML they
 * would run together, and the byline into the first sentence. Entities stay HTML's to decode.
 */
function markParagraphs(html: string): string {
  if (!BLANK_LINE.test(html) || /<[a-zA-Z!/?]/.test(html)) return html;
  return html
    .split(BLANK_LINE)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}

/**
 * Atom allows HTML in titles (`type="html"`); a title in a briefing is plain text. The markup goes
 * through the same allowlist as bodies first, so a <script>'s code never becomes title text.
 */
function plainTitle(title: string): string {
  const text = /<[a-z!/]/i.test(title) ? textContent(parseSanitized(title).document) : title;
  return cleanUnicode(text).replace(/\s+/g, ' ').trim();
}

function countByRule(removed: readonly Removal[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { rule } of removed) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

function articleId(url: string, title: string): string {
  return hash('sha1', `${url}\n${title}`, 'hex').slice(0, 12);
}
