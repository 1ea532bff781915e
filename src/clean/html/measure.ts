import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { isSpace } from '../../text/isSpace.js';

/** What the scoring needs to know of an element, counted once for the whole page. */
export interface Measure {
  /** Characters of text, with runs of white space counted as one. */
  text: number;
  /** Characters of that text inside links. */
  links: number;
  /** Commas (Latin, Arabic ، and CJK ，、): a rough count of clauses, i.e. of prose. */
  commas: number;
  paragraphs: number;
  listItems: number;
  images: number;
  inputs: number;
  embeds: number;
}

export type Measures = Map<Element, Measure>;


/**
 * Measures every element under `root` in one pass, bottom up. Iterative (pre-order, then summed in
 * reverse), so no depth of nesting can overflow the stack.
 */
export function measureTree(root: AnyNode): Measures {
  const measures: Measures = new Map();
  const order: { node: AnyNode; inLink: boolean }[] = [];
  const stack: { node: AnyNode; inLink: boolean }[] = [{ node: root, inLink: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    order.push(entry);
    const { node } = entry;
    if (!('children' in node)) continue;
    const link = entry.inLink || (isTag(node) && node.name === 'a');
    for (const child of node.children) stack.push({ node: child, inLink: link });
  }
  // In reverse pre-order every node comes after all of its descendants.
  const done = new Map<AnyNode, Measure>();
  for (let index = order.length - 1; index >= 0; index--) {
    const { node, inLink } = order[index]!;
    const measure = own(node, inLink);
    if ('children' in node) {
      for (const child of node.children) {
        const sub = done.get(child);
        if (sub) add(measure, sub);
        done.delete(child);
      }
    }
    done.set(node, measure);
    if (isTag(node)) measures.set(node, measure);
  }
  return measures;
}

function own(node: AnyNode, inLink: boolean): Measure {
  const measure: Measure = { text: 0, links: 0, commas: 0, paragraphs: 0, listItems: 0, images: 0, inputs: 0, embeds: 0 };
  if (isText(node)) {
    countText(node.data, measure);
    measure.links = inLink ? measure.text : 0;
    return measure;
  }
  const name = isTag(node) ? node.name : '';
  if (name === 'p') measure.paragraphs++;
  else if (name === 'li') measure.listItems++;
  else if (name === 'img' || name === 'picture') measure.images++;
  else if (name === 'input' || name === 'select' || name === 'textarea' || name === 'button') measure.inputs++;
  else if (name === 'embed' || name === 'object' || name === 'video' || name === 'iframe') measure.embeds++;
  return measure;
}

/** Characters with each run of white space counted as one, and commas, in one pass over the text. */
function countText(text: string, measure: Measure): void {
  let length = 0;
  let commas = 0;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = isSpace(code);
    if (!space || !inSpace) length++;
    inSpace = space;
    // , ، ， 、 (Latin, Arabic, CJK full-width and ideographic).
    if (code === 0x2c || code === 0x060c || code === 0xff0c || code === 0x3001) commas++;
  }
  measure.text = length;
  measure.commas = commas;
}

function add(measure: Measure, sub: Measure): void {
  measure.text += sub.text;
  measure.links += sub.links;
  measure.commas += sub.commas;
  measure.paragraphs += sub.paragraphs;
  measure.listItems += sub.listItems;
  measure.images += sub.images;
  measure.inputs += sub.inputs;
  measure.embeds += sub.embeds;
}

/** The text under a node, without recursion (domutils' textContent recurses once per level). */
export function textOf(node: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current)) text += current.data;
    else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!);
    }
  }
  return text;
}

export function linkDensity(measure: Measure | undefined): number {
  return measure && measure.text > 0 ? measure.links / measure.text : 0;
}
