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
  let done = false;
  const walk = (node: AnyNode): void => {
    if (done || !isTag(node)) return;
    if (inContent.has(node)) {
      done = true;
      return;
    }
    if (node.name === 'h1') {
      afterHeadline = true;
      return;
    }
    if (afterHeadline && isParagraphLike(node)) {
      const measure = measures.get(node);
      if (measure && measure.text >= MIN_LEAD && linkDensity(measure) < 0.2) lead.push(node);
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(body);
  // Only when the walk reached the content after a headline: otherwise the order is unknown.
  return done ? lead : [];
}
