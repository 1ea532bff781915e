import { isTag, type AnyNode, type Element } from 'domhandler';
import { joinSplitArticle } from './joinSplitArticle.js';
import { classWeight } from './nodeTokens.js';
import { linkDensity, textOf, type Measures } from './measure.js';

// Elements whose own text reads as a paragraph of the article.
const PARAGRAPH_LIKE = new Set(['p', 'pre', 'td', 'blockquote']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
const TAG_BONUS: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const MIN_PARAGRAPH = 25;

/**
 * Finds the elements that hold the article, the way Readability does it: every paragraph gives
 * points (more for length and commas) to its parent and, diminishing, to its ancestors; class and
 * id words add or take away; link-heavy candidates lose in proportion. The best candidate wins,
 * together with siblings that score close to it (articles split across several containers).
 */
export function pickContent(body: Element, measures: Measures): Element[] {
  const scores = new Map<Element, number>();
  const initial = (element: Element) => (TAG_BONUS[element.name] ?? 0) + classWeight(element);

  for (const paragraph of paragraphs(body)) {
    const measure = measures.get(paragraph);
    if (!measure || measure.text < MIN_PARAGRAPH) continue;
    const points = 1 + measure.commas + Math.min(Math.floor(measure.text / 100), 3);
    let ancestor = paragraph.parent;
    for (let level = 0; level < 5 && ancestor && isTag(ancestor); level++, ancestor = ancestor.parent) {
      if (!scores.has(ancestor)) scores.set(ancestor, initial(ancestor));
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + points * share);
    }
  }
  const final = new Map<Element, number>();
  for (const [element, score] of scores) final.set(element, score * (1 - linkDensity(measures.get(element))));
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return [body];
  const root = joinSplitArticle(climb(top[0], top[1], ranked, final), final);
  return withSiblings(root, final.get(root) ?? top[1], final, measures);
}

/** p, pre, td, blockquote, or a div that holds only inline content (a paragraph without the tag). */
export function isParagraphLike(node: Element): boolean {
  return PARAGRAPH_LIKE.has(node.name) || (node.name === 'div' && !node.children.some((child) => isTag(child) && BLOCK.has(child.name)));
}

function paragraphs(root: Element): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (isParagraphLike(node)) {
      found.push(node);
      if (node.name !== 'td') continue;
    }
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

/**
 * When several strong candidates share an ancestor (an article whose paragraphs sit in several
 * wrappers), that ancestor holds the article.
 */
function climb(top: Element, topScore: number, ranked: [Element, number][], final: Map<Element, number>): Element {
  // A loop into a literal, not filter().map(): see cleanBlocks.
  const close: Element[] = [];
  for (const [element, score] of ranked.slice(1, 6)) if (score >= topScore * 0.75) close.push(element);
  if (close.length < 2) return top;
  for (let ancestor = top.parent; ancestor && isTag(ancestor); ancestor = ancestor.parent) {
    const contains = close.filter((element) => isInside(element, ancestor)).length;
    if (contains >= 2) return ancestor;
    if ((final.get(ancestor) ?? 0) < topScore * 0.3 && ancestor.name === 'body') break;
  }
  return top;
}

function withSiblings(root: Element, rootScore: number, final: Map<Element, number>, measures: Measures): Element[] {
  const parent = root.parent;
  if (!parent || !isTag(parent)) return [root];
  const threshold = Math.max(10, rootScore * 0.2);
  const rootClass = root.attribs.class ?? '';
  return parent.children.filter((sibling): sibling is Element => {
    if (!isTag(sibling)) return false;
    if (sibling === root) return true;
    const bonus = rootClass && sibling.attribs.class === rootClass ? rootScore * 0.2 : 0;
    if ((final.get(sibling) ?? 0) + bonus >= threshold) return true;
    if (!isParagraphLike(sibling)) return false;
    const measure = measures.get(sibling);
    if (!measure) return false;
    const density = linkDensity(measure);
    return (measure.text > 80 && density < 0.25) || (measure.text > 0 && density === 0 && /[.!?؟。]\s*$/u.test(textOf(sibling)));
  });
}

function isInside(node: AnyNode, ancestor: Element): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}
