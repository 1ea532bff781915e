import { createHash } from 'node:crypto';
import { forEachTerm } from '../text/analyzeTerms.js';
import type { Article, Story } from '../types.js';
import type { Cluster } from './clusterArticles.js';
import { outletOf } from './outletOf.js';
import { outlets } from './rankStories.js';

/**
 * Turns clusters of article indexes into stories with a title and a reason to merge (summaries
 * come after). The article that speaks for a story is one whose headline is most like the others,
 * and says what happened rather than what kind of piece it is ("Watch: …", "شاهد.. …").
 */
export function buildStories(articles: readonly Article[], clusters: readonly Cluster[], headlines?: readonly Int32Array[]): Story[] {
  return clusters.map((cluster) => {
    const central = centrality(cluster.members, articles, headlines);
    const members = [...cluster.members]
      .sort(
        (a, b) =>
          (central.get(b) ?? 0) - (central.get(a) ?? 0) ||
          Number(isFormatLabelled(articles[a]!.title)) - Number(isFormatLabelled(articles[b]!.title)) ||
          byRepresentativeness(articles[a]!, articles[b]!),
      )
      .map((index) => withOutlet(articles[index]!));
    const language = majority(members.map((article) => article.language));
    const lead = members.find((article) => article.language === language) ?? members[0]!;
    const story: Story = {
      id: createHash('sha1').update(members.map((article) => article.id).sort().join(',')).digest('hex').slice(0, 12),
      title: lead.title,
      summary: '',
      language,
      dir: lead.dir,
      articles: members,
      merged: cluster.links.map((link) => ({ articleId: articles[link.member]!.id, similarity: link.similarity })),
      shown: true,
    };
    story.outlets = outlets(story);
    return story;
  });
}

// A headline that shares less with the story's other headlines than this share of the most
// central one's is off to a side of the story (a press review, a profile, a reaction): the
// others speak for it first.
const CENTRAL_SHARE = 0.75;

/**
 * Whether each member's headline is central to its story: how many of the other headlines share
 * each of its terms, per term, at least CENTRAL_SHARE of the highest. Headlines, not texts: a long
 * text that goes over every side of the event is like all the others and still no headline for
 * it. Stories of one or two articles have no middle: all their members are central.
 */
function centrality(members: readonly number[], articles: readonly Article[], headlines?: readonly Int32Array[]): Map<number, number> {
  const scores = new Map<number, number>();
  if (members.length < 3) return scores;
  // The headlines' terms as vectorize read them, else read here.
  const titles = members.map((member) => {
    if (headlines) return new Set<string | number>(headlines[member]);
    const keys = new Set<string | number>();
    forEachTerm(articles[member]!.title, articles[member]!.language, (key) => keys.add(key));
    return keys;
  });
  const frequency = new Map<string | number, number>();
  for (const keys of titles) for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const shared = titles.map((keys) => {
    let total = 0;
    for (const key of keys) total += frequency.get(key)! - 1;
    return keys.size === 0 ? 0 : total / Math.sqrt(keys.size);
  });
  const best = Math.max(...shared);
  members.forEach((member, index) => scores.set(member, shared[index]! >= best * CENTRAL_SHARE ? 1 : 0));
  return scores;
}

// A headline that opens with the kind of piece it is: a video, a gallery, a live page, a
// programme ("نشرة خاصة على فرانس24 حول…"). Another headline of the story says what happened.
const FORMAT_LABEL = /^(?:(?:watch|video|videos|live|live updates|in pictures|pictures|photos?|gallery|podcast|listen)\s*[:|\-–—]|(?:شاهد|فيديو|بالفيديو|بالصور|مباشر|نشرة خاصة|تغطية خاصة)(?=[\s.:،\-–—]|$))/iu;

function isFormatLabelled(title: string): boolean {
  return FORMAT_LABEL.test(title.trim());
}

function withOutlet(article: Article): Article {
  return article.outlet === undefined ? { ...article, outlet: outletOf(article.url, article.source) } : article;
}

/** The article that speaks for a story: one with copies elsewhere, then the fullest text, then the newest. */
function byRepresentativeness(a: Article, b: Article): number {
  return (
    (b.duplicates?.length ?? 0) - (a.duplicates?.length ?? 0) ||
    b.text.length - a.text.length ||
    (b.published ?? '').localeCompare(a.published ?? '')
  );
}

function majority(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}
