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
  // Document order, without recursion; stops once the content is reached.
  const stack: AnyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (inContent.has(node)) return lead;
    if (node.name === 'h1') {
      afterHeadline = true;
      continue;
    }
    if (afterHeadline && isParagraphLike(node)) {
      const measure = measures.get(node);
      if (measure && measure.text >= MIN_LEAD && linkDensity(measure) < 0.2) lead.push(node);
      continue;
    }
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  // The walk never reached the content: the order is unknown, so no lead.
  return [];
}
