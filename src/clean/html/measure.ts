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
 * reverse), so no depth of nesting can overflow the stack; each node's total is added to its
 * parent's, so no node needs more than its own Measure.
 */
export function measureTree(root: AnyNode): Measures {
  const measures: Measures = new Map();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  const inLink: boolean[] = [false];
  // Pre-order: each element gets its own counts; text inside a link is noted.
  const linked = new Set<AnyNode>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const link = inLink.pop()!;
    order.push(node);
    if (isText(node)) {
      if (link) linked.add(node);
      continue;
    }
    if (isTag(node)) measures.set(node, own(node.name));
    if (!('children' in node)) continue;
    const childLink = link || (isTag(node) && node.name === 'a');
    for (const child of node.children) {
      stack.push(child);
      inLink.push(childLink);
    }
  }
  // In reverse pre-order every node comes after all of its descendants: its total is complete
  // when it is added to its parent's.
  const totalOf = new Map<AnyNode, Measure>();
  for (let index = order.length - 1; index > 0; index--) {
    const node = order[index]!;
    const parent = node.parent;
    if (!parent) continue;
    let target = measures.get(parent as Element) ?? totalOf.get(parent);
    if (!target) {
      // The root may be a document or fragment rather than an element.
      target = own('');
      totalOf.set(parent, target);
    }
    if (isText(node)) {
      const length = addText(node.data, target);
      if (linked.has(node)) target.links += length;
      continue;
    }
    const measure = measures.get(node as Element) ?? totalOf.get(node);
    if (measure) add(target, measure);
  }
  return measures;
}

/**
 * Takes an element that is being removed out of its ancestors' measures, so that they describe the
 * tree without it, as measuring it again would.
 */
export function unmeasure(element: Element, measures: Measures): void {
  const measure = measures.get(element);
  if (!measure) return;
  for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) {
    const total = measures.get(ancestor as Element);
    if (total) subtract(total, measure);
  }
}

function own(name: string): Measure {
  const measure: Measure = { text: 0, links: 0, commas: 0, paragraphs: 0, listItems: 0, images: 0, inputs: 0, embeds: 0 };
  if (name === 'p') measure.paragraphs++;
  else if (name === 'li') measure.listItems++;
  else if (name === 'img' || name === 'picture') measure.images++;
  else if (name === 'input' || name === 'select' || name === 'textarea' || name === 'button') measure.inputs++;
  else if (name === 'embed' || name === 'object' || name === 'video' || name === 'iframe') measure.embeds++;
  return measure;
}

/**
 * Adds a text's characters (each run of white space counted as one) and commas to `measure`, in
 * one pass over the text; returns the characters.
 */
function addText(text: string, measure: Measure): number {
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
  measure.text += length;
  measure.commas += commas;
  return length;
}

function subtract(measure: Measure, sub: Measure): void {
  measure.text -= sub.text;
  measure.links -= sub.links;
  measure.commas -= sub.commas;
  measure.paragraphs -= sub.paragraphs;
  measure.listItems -= sub.listItems;
  measure.images -= sub.images;
  measure.inputs -= sub.inputs;
  measure.embeds -= sub.embeds;
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
