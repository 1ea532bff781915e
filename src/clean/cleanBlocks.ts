import type { ArticleMetadata } from '../types.js';
import { normalizeText } from '../text/normalize.js';
import { classifyLine, wordCount } from './classifyLine.js';
import type { LineRules } from './compileRules.js';
import { deriveTitle } from './deriveTitle.js';
import type { Block } from './html/collectBlocks.js';
import { dropCaptionsBeforeControls } from './lines/dropCaptionsBeforeControls.js';
import { dropRepeatedLines } from './lines/dropRepeatedLines.js';
import { isTitleCopy } from './lines/isTitleCopy.js';
import { splitGlued } from './splitGlued.js';

export interface Removal {
  text: string;
  rule: string;
}

export interface CleanedText {
  title: string;
  /** Where the title came from: the source, the first line of the text, or its first sentence. */
  titleFrom: 'source' | 'first-line' | 'first-sentence';
  paragraphs: string[];
  /** A link the text gives for itself (e.g. after "copy link"). */
  url?: string;
  metadata: ArticleMetadata;
  removed: Removal[];
}

export interface CleanBlocksOptions {
  /** The title the source declares; the text's own copy of it is removed. */
  title?: string;
  rules: LineRules;
}

const SENTENCE_END = /[.!?؟۔。！？…]["'”’»)\]]*$/u;
const TITLE_MAX_WORDS = 20;

/**
 * Cleans a document given as blocks of text in reading order (lines of a text file, or the
 * blocks the HTML extractor found). Returns the body paragraphs and every removed block with the
 * rule that removed it, so `briefing explain` can show why.
 */
export function cleanBlocks(blocks: readonly (string | Block)[], options: CleanBlocksOptions): CleanedText {
  const { rules } = options;
  const lines: { line: string; prose: boolean; heading: boolean; noticeFree: boolean }[] = [];
  for (const block of blocks) {
    const { text, prose, heading } = typeof block === 'string' ? { text: block, prose: false, heading: false } : { ...block, heading: block.heading === true };
    for (const part of splitGlued(text, rules)) {
      const line = part.text.trim();
      if (line) lines.push({ line, prose, heading, noticeFree: part.noticeFree });
    }
  }
  const metadata: ArticleMetadata = {};
  let url: string | undefined;

  let title = options.title?.trim() ?? '';
  let titleFrom: CleanedText['titleFrom'] = 'source';
  if (!title && lines.length > 1 && isHeadline(lines[0]?.line ?? '')) {
    title = lines[0]?.line ?? '';
    titleFrom = 'first-line';
    lines.shift();
  }
  const titleKey = normalizeText(title);

  // One entry per line, in reading order, so `removed` lists blocks in the order a reader meets them.
  // Pushed into an array literal rather than made by map(): V8 gives an empty map() or filter()
  // result another array map than a full one, and optimised cleaning code that had met only full
  // ones was thrown away at the first empty one and compiled again, on the cores collecting needs.
  // A literal's allocation site keeps its arrays of one kind.
  const entries: LineEntry[] = [];
  for (const { line, prose, heading, noticeFree } of lines) entries.push(entryOf(line, prose, heading, noticeFree));
  function entryOf(line: string, prose: boolean, heading: boolean, noticeFree: boolean): LineEntry {
    if (isTitleCopy(line, titleKey)) return { text: line, rule: 'repeated-title' };
    const verdict = classifyLine(line, rules, { noticeFree });
    if (verdict.kind === 'content') return { kept: line, prose, heading };
    if (verdict.kind === 'link') url ??= verdict.url;
    if (verdict.kind === 'metadata') metadata[verdict.rule] ??= verdict.value;
    return { text: line, rule: verdict.kind === 'boilerplate' ? verdict.rule : verdict.kind === 'link' ? 'link' : verdict.rule };
  }
  dropRepeatedLines(entries);
  dropCaptionsBeforeControls(entries);
  trimZones(entries);
  const paragraphs = entries.flatMap((entry) => ('kept' in entry ? [entry.kept] : []));
  const removed = entries.filter((entry): entry is Removal => 'rule' in entry);
  creditWireService(paragraphs, metadata, rules);

  if (!title) {
    title = deriveTitle(paragraphs[0] ?? '');
    titleFrom = 'first-sentence';
  }
  return { title, titleFrom, paragraphs, ...(url === undefined ? {} : { url }), metadata, removed };
}

/** A line that reads like prose rather than a label: long enough, or a finished sentence. */
export function isBodyLine(line: string): boolean {
  const words = wordCount(line, 12);
  return words >= 12 || (words >= 3 && SENTENCE_END.test(line));
}

function isHeadline(line: string): boolean {
  const words = wordCount(line, TITLE_MAX_WORDS);
  return words >= 2 && words <= TITLE_MAX_WORDS && line.length <= 250 && !/[.:;,،؛]$/u.test(line);
}

/** A line of the document: kept (and whether the markup calls it prose or a heading), or removed with its rule. */
export type LineEntry = { kept: string; prose: boolean; heading: boolean } | Removal;

function isKept(entry: LineEntry | undefined): entry is Extract<LineEntry, { kept: string }> {
  return entry !== undefined && 'kept' in entry;
}

/**
 * Before the first body line sit section names, photo captions and datelines; after the last one,
 * buttons and labels. Short lines there are dropped, except the heading just above the first body
 * line; short lines between body lines are sub-headings and stay.
 */
function trimZones(entries: LineEntry[]): void {
  const isBody = (entry: LineEntry | undefined) => isKept(entry) && isBodyLine(entry.kept);
  const first = entries.findIndex(isBody);
  if (first === -1) return;
  let last = entries.length - 1;
  while (last > first && !isBody(entries[last])) last--;
  // The heading just above the first body line (a subtitle, the first section's heading) is the
  // article's own.
  let lead = first - 1;
  while (lead >= 0 && !isKept(entries[lead])) lead--;
  const above = entries[lead];
  const leadHeading = isKept(above) && above.heading ? lead : -1;
  entries.forEach((entry, index) => {
    if ('kept' in entry && !entry.prose && index !== leadHeading && (index < first || index > last)) {
      entries[index] = { text: entry.kept, rule: index < first ? 'header-line' : 'footer-line' };
    }
  });
}

/** "(Reuters) - The minister said…": the credit becomes metadata, the sentence stays. */
function creditWireService(paragraphs: string[], metadata: ArticleMetadata, rules: LineRules): void {
  const first = paragraphs[0];
  const match = first === undefined ? null : rules.wireAttribution.exec(first);
  if (!first || !match?.[1]) return;
  metadata.attribution ??= match[1].trim();
  paragraphs[0] = first.slice(match[0].length);
}
