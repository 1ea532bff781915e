import { isTag, isText, type AnyNode, type Element } from 'domhandler';

// A date box holds a few elements (an icon, a label, the date); one with more is a container.
const MAX_NODES = 100;

/**
 * The text of an element when it has at most `max` characters (and a handful of elements), else
 * undefined: read only as far as the limit, so that a page of boxes nested in boxes ("post-meta"
 * around "date") costs a bounded read per box, never the whole page's text each.
 */
export function readShortText(element: Element, max: number): string | undefined {
  let text = '';
  let visited = 0;
  const stack: AnyNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++visited > MAX_NODES) return undefined;
    if (isText(node)) {
      text += node.data;
      // Spacing of the markup does not count: "\n      23/10/2020      " is a short box.
      if (text.length > max && text.trim().replace(/\s+/g, ' ').length > max) return undefined;
    } else if (isTag(node)) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
    }
  }
  return text.trim();
}
