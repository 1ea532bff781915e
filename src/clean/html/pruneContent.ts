import { isTag, type AnyNode, type Element } from 'domhandler';
import { removeElement } from 'domutils';
import type { Removal } from '../cleanBlocks.js';
import { describeRemoved } from './collectBlocks.js';
import { holdsEmbeddedPost } from './holdsEmbeddedPost.js';
import { classWeight, furnitureToken } from './nodeTokens.js';
import { linkDensity, type Measures } from './measure.js';

// Containers that may hold furniture inside the article: share bars, galleries, link lists, forms.
const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'aside', 'figure', 'header', 'footer', 'nav', 'dl']);

/**
 * Removes the furniture left inside the chosen content, judging each container on its numbers
 * (Readability's "clean conditionally"): link lists, image grids, forms, and containers whose
 * class says share/related/newsletter without the prose to contradict it.
 */
export function pruneContent(content: readonly Element[], measures: Measures, removed: Removal[]): void {
  // Without recursion: a container is judged before what it holds, and what it removes is not visited.
  // A loop into a literal, not reverse().map(): see cleanBlocks.
  const stack: { node: AnyNode; isRoot: boolean }[] = [];
  for (let index = content.length - 1; index >= 0; index--) stack.push({ node: content[index]!, isRoot: true });
  while (stack.length > 0) {
    const { node, isRoot } = stack.pop()!;
    if (!isTag(node)) continue;
    if (!isRoot && CONDITIONAL.has(node.name)) {
      const rule = verdict(node, measures);
      if (rule) {
        const text = describeRemoved(node);
        if (text) removed.push({ text, rule });
        removeElement(node);
        continue;
      }
    }
    for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, isRoot: false });
  }
}

function verdict(element: Element, measures: Measures): string | undefined {
  const measure = measures.get(element);
  if (!measure) return undefined;
  const weight = classWeight(element);
  const token = furnitureToken(element);
  const density = linkDensity(measure);
  if (['nav', 'aside', 'footer'].includes(element.name) && (density > 0.2 || measure.paragraphs === 0)) return 'page-furniture';
  if (token && (density > 0.25 || measure.text < 200 || measure.paragraphs === 0) && !holdsEmbeddedPost(element)) return `html-${token}`;
  // Plenty of commas means prose: keep it whatever the container looks like.
  if (measure.commas >= 10) return undefined;
  const isList = element.name === 'ul' || element.name === 'ol';
  if (measure.images > 1 && measure.paragraphs / measure.images < 0.5 && measure.text < 200) return 'image-grid';
  if (!isList && measure.listItems > measure.paragraphs + 3 && density > 0.3) return 'link-list';
  if (measure.inputs > Math.max(1, measure.paragraphs / 3)) return 'form';
  if (weight < 25 && density > 0.35 && measure.text > 0) return 'link-dense';
  if (weight >= 25 && density > 0.6) return 'link-dense';
  if (measure.embeds > 0 && measure.text < 75) return 'embed';
  return undefined;
}
