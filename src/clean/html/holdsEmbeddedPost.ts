import { isTag, type AnyNode, type Element } from 'domhandler';
import { nodeTokens } from './nodeTokens.js';

// The class words of the blockquote a social network's embed code leaves in the page.
const POST_WORDS = new Set(['twitter', 'tweet', 'instagram', 'tiktok', 'facebook', 'fb', 'reddit', 'mastodon', 'bluesky', 'threads', 'embed', 'embedded']);

/**
 * Whether an element holds a post the article quotes (<blockquote class="twitter-tweet">, an
 * Instagram or TikTok embed). Its wrapper is often named "social-media-embed", which reads like a
 * share bar; the quoted post is part of the story, as a quote in print would be.
 */
export function holdsEmbeddedPost(element: Element): boolean {
  const stack: AnyNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'blockquote' && nodeTokens(node).some((word) => POST_WORDS.has(word))) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
