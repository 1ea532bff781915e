import { isTag, type AnyNode, type Element } from 'domhandler';

/**
 * An article that an advertisement splits into two wrappers scores in both; their common ancestor
 * scores less than the better half but more than it would from one half alone. Going up while the
 * score rises (after dips no lower than a third), the first ancestor whose score is above the last
 * one holds the article, if it also holds another part made like the first (same tag, a class in
 * common: "story-body story-body-1" beside "story-body story-body-2"). A rise that comes from an
 * author's note or a video player's options is not more of the article.
 */
export function joinSplitArticle(top: Element, final: Map<Element, number>): Element {
  const topScore = final.get(top) ?? 0;
  let last = topScore;
  for (let ancestor = top.parent; ancestor && isTag(ancestor) && ancestor.name !== 'body'; ancestor = ancestor.parent) {
    const score = final.get(ancestor);
    if (score === undefined) continue;
    if (score < topScore / 3) break;
    if (score > last) return holdsAnotherPart(ancestor, top, topScore, final) ? ancestor : top;
    last = score;
  }
  return top;
}

// Another part of a split article has at least this share of the best part's score.
const OTHER_PART = 0.15;

function holdsAnotherPart(ancestor: Element, top: Element, topScore: number, final: Map<Element, number>): boolean {
  const classes = new Set((top.attribs.class ?? '').split(/\s+/u).filter(Boolean));
  if (classes.size === 0) return false;
  for (const [element, score] of final) {
    if (score < topScore * OTHER_PART || element === top || element.name !== top.name) continue;
    if (!(element.attribs.class ?? '').split(/\s+/u).some((name) => classes.has(name))) continue;
    if (!isInside(element, top) && !isInside(top, element) && isInside(element, ancestor)) return true;
  }
  return false;
}

function isInside(node: AnyNode, ancestor: Element): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}
