import { hash } from 'node:crypto';
import type { Article } from '../types.js';

// A run asks for each article's fingerprint three times (what earlier runs saw of it, whether it
// is new, and to remember it): each article object is hashed once. Articles are not changed once
// cleaned; the stages make new objects instead.
const known = new WeakMap<object, string>();

/**
 * What identifies an item from one run to the next: its source and link (a feed re-sends the same
 * item every day), or its title when it has no link of its own.
 */
export function fingerprint(article: Pick<Article, 'source' | 'url' | 'title'>): string {
  let found = known.get(article);
  if (found === undefined) {
    found = hash('sha1', `${article.source}\n${article.url || article.title}`, 'hex').slice(0, 20);
    known.set(article, found);
  }
  return found;
}
