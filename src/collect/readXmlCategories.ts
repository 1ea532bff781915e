import type { Element } from 'domhandler';
import { childElements, localName, markupOf, textOf, type TextContext } from './xmlNodes.js';

/**
 * The raw values of an item's category elements: RSS 2.0 `<category>` (its `domain` names a
 * taxonomy, not the label, and is ignored), Atom `<category>` (the human `label` before the
 * machine `term`), RSS 1.0 `dc:subject`, whose value may be an `rdf:Bag` of `rdf:li`. Markup inside
 * is returned as markup, for cleanCategories to strip with the rest.
 */
export function readXmlCategories(elements: readonly Element[], context: TextContext, serialize: (element: Element) => string): string[] {
  const values: string[] = [];
  for (const element of elements) {
    const attribute = [element.attribs.label, element.attribs.term].find((value) => value !== undefined && value.trim() !== '');
    if (attribute !== undefined) {
      values.push(attribute);
      continue;
    }
    const bag = childElements(element).find((child) => ['bag', 'seq', 'alt'].includes(localName(child)));
    if (bag) values.push(...childElements(bag).filter((child) => localName(child) === 'li').map((li) => textOf(li, context)));
    else values.push(markupOf(element, context, serialize));
  }
  return values;
}
