import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { normalizeText } from '../text/normalize.js';
import { classifyDateLabel } from './classifyDateLabel.js';
import { classifyIntroduction } from './classifyIntroduction.js';
import { parseDateValue } from './parseDateValue.js';
import { readShortText } from './readShortText.js';
import type { DateCandidate } from './types.js';

export interface TimeDates {
  /** Marked as the publication date: `pubdate`, itemprop `datePublished`, a class saying "published", or "Published" written before it. */
  published: DateCandidate[];
  /** Marked as a change: itemprop `dateModified`, a class saying "updated", or "Updated" written before it. */
  modified: DateCandidate[];
  /** Not marked either way, inside an `<article>`, `<main>` or `<header>`: most often the article's own. */
  inArticle: DateCandidate[];
  /** Not marked either way, elsewhere on the page: tickers, lists of other stories, comments. */
  elsewhere: DateCandidate[];
}

// A <time> or an itemprop date shows a date and perhaps a weekday and a time; a longer one is a
// container with the property on it.
const MAX_TIME_CHARS = 200;

/**
 * The dates of a page's `<time>` elements and microdata (itemprop datePublished and the like):
 * the machine value (`datetime`, `content`) when there is one, else the words shown.
 */
export function readTimeDates(elements: readonly Element[]): TimeDates {
  const dates: TimeDates = { published: [], modified: [], inArticle: [], elsewhere: [] };
  for (const element of elements) {
    const { attribs } = element;
    const value = attribs.datetime ?? attribs.content ?? readShortText(element, MAX_TIME_CHARS);
    const date = value === undefined ? undefined : parseDateValue(value);
    if (!date) continue;
    const label = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
    const prop = attribs.itemprop;
    const evidence = `<${element.name}${attribs.pubdate === undefined ? '' : ' pubdate'}${prop ? ` itemprop=${prop}` : ''}${attribs.class ? ` class="${attribs.class}"` : ''}>`;
    const named = classifyDateLabel(label);
    const published = prop === 'datePublished' || prop === 'dateCreated' || attribs.pubdate !== undefined || named === 'published';
    if (prop === 'dateModified' || (!published && named === 'modified')) dates.modified.push({ date, kind: 'modified', evidence });
    else if (published || prop !== undefined) dates.published.push({ date, kind: 'published', evidence });
    else {
      // Unmarked: the words before it may say what it is ("Updated <time>", "Published <time>").
      const introduced = classifyIntroduction(normalizeText(textBefore(element)));
      if (introduced === 'modified') dates.modified.push({ date, kind: 'modified', evidence: `${evidence} after "updated"` });
      else if (introduced === 'published') dates.published.push({ date, kind: 'published', evidence: `${evidence} after "published"` });
      else (inArticle(element) ? dates.inArticle : dates.elsewhere).push({ date, kind: 'published', evidence });
    }
  }
  return dates;
}

// How much of the text before an unmarked <time> is read for "Updated" or "Published".
const BEFORE_CHARS = 60;
const MAX_SIBLINGS = 6;

/** The text just before an element: its earlier siblings', then its parent's, as far as BEFORE_CHARS. */
function textBefore(element: Element): string {
  let text = '';
  let node: AnyNode | null = element;
  for (let level = 0; level < 2 && node && text.length < BEFORE_CHARS; level++, node = node.parent) {
    // A few siblings at most: the words that label a date stand right before it.
    let siblings = 0;
    for (let sibling = node.previousSibling; sibling && text.length < BEFORE_CHARS && siblings < MAX_SIBLINGS; sibling = sibling.previousSibling, siblings++) {
      text = `${isText(sibling) ? sibling.data : isTag(sibling) ? (readShortText(sibling, BEFORE_CHARS) ?? '') : ''}${text}`;
    }
  }
  return text.slice(-BEFORE_CHARS);
}

function inArticle(element: Element): boolean {
  for (let parent = element.parent; parent && 'name' in parent; parent = parent.parent) {
    if (parent.name === 'article' || parent.name === 'header' || parent.name === 'main') return true;
  }
  return false;
}
