import { hash } from 'node:crypto';
import type { Article } from '../types.js';

/**
 * What identifies an item from one run to the next: its source and link (a feed re-sends the same
 * item every day), or its title when it has no link of its own.
 */
export function fingerprint(article: Pick<Article, 'source' | 'url' | 'title'>): string {
  return hash('sha1', `${article.source}\n${article.url || article.title}`, 'hex').slice(0, 20);
}
