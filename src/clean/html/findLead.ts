import { isTag, type AnyNode, type Element } from 'domhandler';
import { linkDensity, type Measures } from './measure.js';
import { isParagraphLike } from './pickContent.js';

const MIN_LEAD = 80;

/**
 * The standfirst: paragraphs between the headline (<h1>) and the article body that the scoring
 * left out because they sit in their own container ("teaser", "chapo", "intro"). Readers see them
 * as the first paragraph of the article.
 */
export function findLead(body: Element, content: readonly Element[], measures: Measures): Element[] {
  const inContent = new Set<AnyNode>(content);
  const lead: Element[] = [];
  let afterHeadline = false;
  /** Walks in document order; true once the content is reached. */
  const walk = (node: AnyNode): boolean => {
    if (!isTag(node)) return false;
    if (inContent.has(node)) return true;
    if (node.name === 'h1') {
      afterHeadline = true;
      return false;
    }
    if (afterHeadline && isParagraphLike(node)) {
      const measure = measures.get(node);
      if (measure && measure.text >= MIN_LEAD && linkDensity(measure) < 0.2) lead.push(node);
      return false;
    }
    return node.children.some(walk);
  };
  // Only when the walk reached the content after a headline: otherwise the order is unknown.
  return walk(body) ? lead : [];
}
