import type { Element } from 'domhandler';

/**
 * The words of an element's class and id: "post-body", "articleBody", "share_tools2" become
 * post, body, article, body, share, tools. Matching words, not substrings, keeps "shared-prices"
 * from reading as a share row and "adapter" from reading as an ad.
 */
export function nodeTokens(element: Element): string[] {
  return wordsOf(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`);
}

function wordsOf(names: string): string[] {
  if (!names.trim()) return [];
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

// Page furniture around an article.
const NEGATIVE = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'adslot', 'banner', 'breadcrumb', 'breadcrumbs', 'cmp', 'comment',
  'comments', 'consent', 'cookie', 'cookies', 'disqus', 'footer', 'gdpr', 'masthead', 'menu', 'modal', 'nav',
  'navbar', 'navigation', 'newsletter', 'outbrain', 'pagination', 'pager', 'paywall', 'popup', 'promo', 'recirc',
  'recirculation', 'recommended', 'related', 'share', 'sharing', 'shoutbox', 'sidebar', 'signup', 'skyscraper',
  'social', 'sponsor', 'sponsored', 'subscribe', 'subscription', 'taboola', 'tags', 'toolbar', 'trending', 'widget',
  'teaser', 'promoted', 'more', 'also', 'popular', 'login', 'header', 'nocontent',
]);
// Words that name the article itself.
const POSITIVE = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'hentry', 'main', 'post', 'text', 'story', 'blog', 'prose',
  'richtext', 'storytext', 'markdown',
]);

/** Readability-style weight: +25 when the class or id names content, −25 when it names furniture. */
export function classWeight(element: Element): number {
  let weight = 0;
  for (const attribute of [element.attribs.class, element.attribs.id]) {
    if (!attribute) continue;
    const tokens = wordsOf(attribute);
    if (tokens.some((token) => NEGATIVE.has(token))) weight -= 25;
    if (tokens.some((token) => POSITIVE.has(token))) weight += 25;
  }
  return weight;
}

// Microdata that names an element part of the article itself (schema.org CreativeWork): a
// standfirst in a "teaser" box with itemprop="description" is the lead, not a promotion.
const ARTICLE_ITEMPROPS = /^(?:articleBody|description|abstract|text)$/;

/**
 * The first furniture word of an element's class or id, when no content word is there too and
 * its microdata does not call it part of the article.
 */
export function furnitureToken(element: Element): string | undefined {
  const { itemprop } = element.attribs;
  if (itemprop !== undefined && ARTICLE_ITEMPROPS.test(itemprop)) return undefined;
  const tokens = nodeTokens(element);
  if (tokens.some((token) => POSITIVE.has(token))) return undefined;
  return tokens.find((token) => NEGATIVE.has(token));
}
