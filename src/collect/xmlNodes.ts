import { isCDATA, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { decodeHTML, escapeText } from 'entities';

/** Limits shared by every text read from one feed. */
export interface TextContext {
  /** Flat DOCTYPE entities that may be expanded (see readDoctype). */
  entities: ReadonlyMap<string, string>;
  /** Characters entity expansion may still add to this feed. */
  budget: number;
  /** Set once the budget ran out, for one warning. */
  exhausted: boolean;
}

/** Nesting below which inline markup is copied as markup; deeper, only its text is kept. */
export const MAX_MARKUP_DEPTH = 256;

export function localName(element: Element): string {
  const colon = element.name.lastIndexOf(':');
  return colon < 0 ? element.name : element.name.slice(colon + 1);
}

export function prefixOf(element: Element): string {
  const colon = element.name.lastIndexOf(':');
  return colon < 0 ? '' : element.name.slice(0, colon);
}

export function childElements(node: Element): Element[] {
  return node.children.filter(isTag);
}

/**
 * The decoded text under a node, CDATA as written, entity references (XML's five, HTML's named
 * ones that feeds use anyway, and flat DOCTYPE entities) decoded. Iterative: a hostile feed can
 * nest elements as deep as it likes.
 */
export function textOf(node: AnyNode, context: TextContext): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current)) {
      text += current.parent && isCDATA(current.parent) ? current.data : decode(current.data, context);
    } else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!);
    }
  }
  return text;
}

/**
 * The content of an element that may carry HTML: its inline markup when it has child elements
 * (RSS "naked markup", Atom type="xhtml"), else its decoded text, which is the (escaped) HTML.
 */
export function markupOf(element: Element, context: TextContext, serialize: (element: Element) => string): string {
  if (!element.children.some(isTag)) return textOf(element, context);
  // Serialising is recursive: past a sane depth only the text is kept, as escaped HTML.
  if (depthOf(element) > MAX_MARKUP_DEPTH) return escapeText(textOf(element, context));
  return serialize(element);
}

function depthOf(root: Element): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_MARKUP_DEPTH) return deepest;
    if (isTag(node)) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

function decode(raw: string, context: TextContext): string {
  if (!raw.includes('&')) return raw;
  const expanded = context.entities.size === 0 ? raw : raw.replace(/&([\w.:-]+);/g, (reference, name: string) => expand(reference, name, context));
  return decodeHTML(expanded);
}

function expand(reference: string, name: string, context: TextContext): string {
  const value = context.entities.get(name);
  if (value === undefined) return reference;
  if (value.length > context.budget) {
    context.exhausted = true;
    return reference;
  }
  context.budget -= value.length;
  // The value holds no "&" (readDoctype checked), so decoding it later cannot expand anything.
  return value;
}

/** The xml:base in force at `element`, resolved from the root down against the document's address. */
export function baseOf(element: Element, documentUrl: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = node.parent && isTag(node.parent) ? node.parent : null) {
    const base = node.attribs['xml:base'];
    if (base !== undefined) bases.push(base.trim());
  }
  let current = documentUrl;
  for (let index = bases.length - 1; index >= 0; index--) {
    try {
      current = new URL(bases[index]!, current).href;
    } catch {
      // A base that is not a URL is ignored, as browsers ignore a bad <base href>.
    }
  }
  return current;
}
