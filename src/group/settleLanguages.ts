import type { Article } from '../types.js';

// Languages written in the Latin script that language detection tells apart by their words: on a
// headline of five words it often cannot ("Mt Gox files US bankruptcy" came out French).
const LATIN = new Set(['en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'pl', 'cs', 'sk', 'ro', 'hu', 'sv', 'da', 'no', 'nb', 'fi', 'id', 'ms', 'vi', 'tl', 'sw', 'tr', 'az', 'uz', 'hr', 'bs', 'sl', 'lt', 'lv', 'et', 'sq', 'ca', 'und']);
// Shorter than this (headline and text together), a detected language is a guess.
const SHORT = 200;
// A language that this share of a source's (or the run's) articles have is what it writes in, when
// there are enough of them to say: a source of one or two headlines says nothing of its own.
const USUAL_SHARE = 0.7;
const LEAST_ARTICLES = 3;

/**
 * Articles too short for language detection to be trusted take the usual language of their source
 * (of three articles or more), else of the whole run, when both are written in the Latin script: an English headline taken
 * for French would be stemmed as French and miss its own story. Longer articles, and articles in
 * another script (Arabic is told by its letters), keep what detection said.
 */
export function settleLanguages(articles: readonly Article[]): Article[] {
  const run = usualLanguage(articles);
  const bySource = new Map<string, Article[]>();
  for (const article of articles) {
    const list = bySource.get(article.source);
    if (list) list.push(article);
    else bySource.set(article.source, [article]);
  }
  const usual = new Map([...bySource].map(([source, list]) => [source, usualLanguage(list) ?? run]));
  return articles.map((article) => {
    const language = usual.get(article.source);
    if (!language || language === article.language || !isShort(article)) return article;
    if (!LATIN.has(language) || !LATIN.has(article.language)) return article;
    return { ...article, language };
  });
}

function isShort(article: Article): boolean {
  return article.title.length + article.text.length < SHORT;
}

/** The language most of the articles have, when it is clearly most of them. */
function usualLanguage(articles: readonly Article[]): string | undefined {
  const counts = new Map<string, number>();
  for (const article of articles) if (article.language !== 'und') counts.set(article.language, (counts.get(article.language) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return best && total >= LEAST_ARTICLES && best[1] >= USUAL_SHARE * total ? best[0] : undefined;
}
