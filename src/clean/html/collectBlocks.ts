import { isDocument, isTag, isText, type AnyNode } from 'domhandler';
import type { Removal } from '../cleanBlocks.js';

// Tags that end a line of text: everything else is inline and joins its neighbours.
const BREAKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
// <rt>/<rp> are ruby annotations (Japanese furigana): a pronunciation aid, not text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'input', 'rt', 'rp']);

interface Line {
  text: string;
  links: number;
  caption: boolean;
  /** The block element the line stands in (p, li, h2, div…). */
  tag: string;
}

/** A line of the page's content, and whether the markup says it is prose. */
export interface Block {
  text: string;
  /**
   * In a paragraph, list item, quote or table cell: the page itself calls it content, so the
   * cleaner keeps it even when it is short (a recipe's "200 g sugar"), unless a rule names it.
   */
  prose: boolean;
  /**
   * A sub-heading (h2–h6): a series of sections may repeat them on purpose. The <h1> is the
   * headline, which the title rules deal with.
   */
  heading?: true;
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PROSE = new Set(['p', 'li', 'blockquote', 'pre', 'dd', 'td', 'th']);

/**
 * Reads the content as a reader sees it: one block per paragraph, heading, list item or line
 * broken by <br>, inline elements joined. Captions and link-only lines are set aside with their
 * rule.
 */
export function collectBlocks(content: readonly AnyNode[], removed: Removal[]): Block[] {
  const lines: Line[] = [];
  readLines(content, lines);
  const blocks: Block[] = [];
  for (const line of lines) {
    if (line.caption) removed.push({ text: line.text, rule: 'caption' });
    else if (isLinkLine(line)) removed.push({ text: line.text, rule: 'link-dense' });
    else blocks.push({ text: line.text, prose: PROSE.has(line.tag), ...(HEADINGS.has(line.tag) ? { heading: true as const } : {}) });
  }
  return blocks;
}

// White space other than a single plain space: what collapsing to one space changes.
const UNCOLLAPSED = /\s{2,}|[^\S ]/;
const UNCOLLAPSED_ALL = new RegExp(UNCOLLAPSED.source, 'g');

/** Every run of white space as one plain space, without copying a line that has no other kind. */
function collapseSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(UNCOLLAPSED_ALL, ' ') : text;
}

function readLines(content: readonly AnyNode[], lines: Line[]): void {
  let current: Line = { text: '', links: 0, caption: false, tag: '' };
  const flush = () => {
    const text = collapseSpaces(current.text).trim();
    if (text) lines.push({ ...current, text });
    current = { text: '', links: 0, caption: false, tag: '' };
  };
  // Without recursion: a stack of nodes to enter, and of "leave" marks that end a block element's line.
  type Step = { node: AnyNode; inLink: boolean; inCaption: boolean; block: string } | { leave: true };
  for (const root of content) {
    const stack: Step[] = [{ node: root, inLink: false, inCaption: false, block: '' }];
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('leave' in step) {
        flush();
        continue;
      }
      const { node, inLink, inCaption, block } = step;
      if (isText(node)) {
        if (!current.tag && node.data.trim()) current.tag = block;
        current.text += node.data;
        if (inLink) current.links += node.data.trim().length;
        current.caption = current.caption || inCaption;
        continue;
      }
      // A whole parsed fragment (htmlparser2 gives no <body>) reads like a container.
      if (isDocument(node)) {
        for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, inLink, inCaption, block });
        continue;
      }
      if (!isTag(node) || SKIP.has(node.name)) continue;
      const breaks = BREAKS.has(node.name);
      if (breaks) {
        flush();
        stack.push({ leave: true });
      }
      const caption = inCaption || node.name === 'figcaption';
      const link = inLink || node.name === 'a';
      const childBlock = breaks && node.name !== 'br' ? node.name : block;
      for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, inLink: link, inCaption: caption, block: childBlock });
    }
    flush();
  }
}

/** A short line that is mostly link text is navigation or a "related" teaser, not prose. */
function isLinkLine(line: Line): boolean {
  if (line.links === 0) return false;
  const letters = line.text.replace(/\s+/g, '').length;
  return letters > 0 && line.links / letters > 0.6 && line.text.split(/\s+/).length < 30;
}

/** The text of removed furniture for `briefing explain`: its lines, shortened. */
export function describeRemoved(node: AnyNode): string {
  const lines: Line[] = [];
  readLines([node], lines);
  // Joined in a loop, not map().join(): see cleanBlocks.
  let text = '';
  lines.forEach((line, index) => {
    text += index === 0 ? line.text : `\n${line.text}`;
  });
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
