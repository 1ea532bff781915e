import { hash } from 'node:crypto';
import type { Article } from '../types.js';

// A run asks three times per article (to look it up, to sort it, to remember it); hashing is the
// cost, so each article object's answer is kept while the object lives.
const known = new WeakMap<object, string>();

/**
 * What identifies an item from one run to the next: its source and link (a feed re-sends the same
 * item every day), or its title when it has no link of its own.
 */
export function fingerprint(article: Readonly<Pick<Article, 'source' | 'url' | 'title'>>): string {
  let print = known.get(article);
  if (print === undefined) {
    print = hash('sha1', `${article.source}\n${article.url || article.title}`, 'hex').slice(0, 20);
    known.set(article, print);
  }
  return print;
}
