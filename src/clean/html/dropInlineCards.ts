import { isTag, type AnyNode, type Element } from 'domhandler';
import { removeElement } from 'domutils';
import type { Removal } from '../cleanBlocks.js';
import { describeRemoved } from './collectBlocks.js';
import { linkDensity, unmeasure, type Measures } from './measure.js';

// Inline elements that may hide a card inside a sentence.
const INLINE = new Set(['span', 'small', 'em', 'i', 'b', 'strong', 'font', 'label']);
// A card is nearly all links: a picture, a name and a few headlines.
const MIN_CARD_DENSITY = 0.7;
const MIN_CARD_TEXT = 60;

/**
 * Removes the cards a site tucks inside a paragraph (rule `inline-card`): a person's name that
 * opens, on hover, a picture and links to the latest stories about them. A scraper reads that
 * card as words glued into the sentence ("…Rep. Ilhan OmarIlhan OmarHillicon Valley: …"). An
 * inline element with a picture whose text is almost all links is such a card. The deepest
 * ones go first, so that the name around a card stays in the sentence.
 */
export function dropInlineCards(content: readonly Element[], measures: Measures, removed: Removal[]): void {
  const candidates: { element: Element; depth: number }[] = [];
  const stack: { node: AnyNode; depth: number }[] = content.map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isTag(node)) continue;
    const measure = measures.get(node);
    // Nothing without a picture in it can hold a card.
    if (!measure || measure.images === 0) continue;
    if (INLINE.has(node.name)) candidates.push({ element: node, depth });
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  candidates.sort((a, b) => b.depth - a.depth);
  for (const { element } of candidates) {
    const measure = measures.get(element);
    if (!measure || measure.images === 0 || measure.text < MIN_CARD_TEXT || linkDensity(measure) < MIN_CARD_DENSITY) continue;
    const text = describeRemoved(element);
    if (text) removed.push({ text, rule: 'inline-card' });
    unmeasure(element, measures);
    removeElement(element);
  }
}
