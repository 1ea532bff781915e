import { isTag, isText, type AnyNode, type Element } from 'domhandler';

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

const COMMA = /[,،，、]/g;

/** Measures every element under `root` in one pass, bottom up. */
export function measureTree(root: AnyNode): Measures {
  const measures: Measures = new Map();
  visit(root, measures, false);
  return measures;
}

function visit(node: AnyNode, measures: Measures, inLink: boolean): Measure {
  const measure: Measure = { text: 0, links: 0, commas: 0, paragraphs: 0, listItems: 0, images: 0, inputs: 0, embeds: 0 };
  if (isText(node)) {
    const length = node.data.replace(/\s+/g, ' ').length;
    measure.text = length;
    measure.links = inLink ? length : 0;
    measure.commas = node.data.match(COMMA)?.length ?? 0;
    return measure;
  }
  if (!('children' in node)) return measure;
  const name = isTag(node) ? node.name : '';
  const link = inLink || name === 'a';
  for (const child of node.children) {
    const sub = visit(child, measures, link);
    measure.text += sub.text;
    measure.links += sub.links;
    measure.commas += sub.commas;
    measure.paragraphs += sub.paragraphs;
    measure.listItems += sub.listItems;
    measure.images += sub.images;
    measure.inputs += sub.inputs;
    measure.embeds += sub.embeds;
  }
  if (name === 'p') measure.paragraphs++;
  else if (name === 'li') measure.listItems++;
  else if (name === 'img' || name === 'picture') measure.images++;
  else if (name === 'input' || name === 'select' || name === 'textarea' || name === 'button') measure.inputs++;
  else if (name === 'embed' || name === 'object' || name === 'video' || name === 'iframe') measure.embeds++;
  if (isTag(node)) measures.set(node, measure);
  return measure;
}

export function linkDensity(measure: Measure | undefined): number {
  return measure && measure.text > 0 ? measure.links / measure.text : 0;
}
