import { createHash } from 'node:crypto';
import type { Article, Story } from '../types.js';
import type { Cluster } from './clusterArticles.js';
import { outletOf } from './outletOf.js';
import { centroidOf, dot, type SparseVector } from './sparse.js';
import { outlets } from './rankStories.js';

/**
 * Turns clusters of article indexes into stories with a title and a reason to merge (summaries
 * come after). The article that speaks for a story is one that says what happened rather than what
 * kind of piece it is ("Watch: …", "شاهد.. …", "What you need to know…", a question), whose
 * headline is most like the others; among those, the one with the highest death toll, then one
 * with copies elsewhere, then the one whose text is closest to the whole story's.
 */
export function buildStories(articles: readonly Article[], clusters: readonly Cluster[], headlines: readonly Int32Array[], vectors: readonly SparseVector[]): Story[] {
  return clusters.map((cluster) => {
    const central = centralMembers(cluster.members, headlines);
    // A text close to the story's centroid tells the story itself; a long one may go on to its
    // background (an explainer of Derna beside the news of the offensive on it).
    const centroid = cluster.members.length >= 3 ? centroidOf(cluster.members, vectors) : undefined;
    const closeness = new Map(cluster.members.map((index) => [index, centroid ? dot(vectors[index]!, centroid) : 0]));
    // Ranks, lowest first: headlines that say what happened, central ones first, then those that
    // say what kind of piece they are. A story the BBC's explainers fill is still headed by its
    // news ("Brexit: 'Narrow path' in view for trade deal", not "What trade deals has the UK done?").
    const rank = new Map(cluster.members.map((index) => [index, (central.has(index) ? 0 : 1) + (isFormatLabelled(articles[index]!.title) ? 2 : 0)]));
    const members = [...cluster.members]
      .sort((a, b) => rank.get(a)! - rank.get(b)! || tollOf(articles[b]!.title) - tollOf(articles[a]!.title) || byRepresentativeness(articles[a]!, articles[b]!, closeness.get(a)!, closeness.get(b)!))
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
 * The members whose headlines are central to their story: how many of the other headlines share
 * each of their terms (vectorize's term ids), per term, at least CENTRAL_SHARE of the highest.
 * Headlines, not texts: a long text that goes over every side of the event is like all the others
 * and still no headline for it. Stories of one or two articles have no middle: all are central.
 */
function centralMembers(members: readonly number[], headlines: readonly Int32Array[]): Set<number> {
  if (members.length < 3) return new Set(members);
  const frequency = new Map<number, number>();
  for (const member of members) for (const id of headlines[member]!) frequency.set(id, (frequency.get(id) ?? 0) + 1);
  const shared = members.map((member) => {
    const ids = headlines[member]!;
    let total = 0;
    for (const id of ids) total += frequency.get(id)! - 1;
    return ids.length === 0 ? 0 : total / Math.sqrt(ids.length);
  });
  const best = Math.max(...shared);
  return new Set(members.filter((_, index) => shared[index]! >= best * CENTRAL_SHARE));
}

// A headline that opens with the kind of piece it is: a video, a gallery, a live page, a
// programme ("نشرة خاصة على فرانس24 حول…"); or one that asks ("How does Ayodhya's Ram Temple look
// from space?", "…فما أهميتها الاستراتيجية؟"), as explainers do. Another headline says what happened.
const FORMAT_LABEL = /^(?:(?:watch|video|videos|live|live updates|in pictures|pictures|photos?|gallery|podcast|listen)\s*[:|\-–—]|(?:شاهد|فيديو|بالفيديو|بالصور|مباشر|نشرة خاصة|تغطية خاصة)(?=[\s.:،\-–—]|$))/iu;

// An explainer or a live page says what kind of piece it is anywhere in its headline ("Brexit: What
// you need to know about…", "Covid-19: What happened in New Zealand on 20 April").
const EXPLAINER = /\b(?:what (?:you need|we know|to know|happened)|everything you need|questions answered|explained|explainer|key facts|at a glance|q ?& ?a)\b|(?:ما نعرفه|ما تريد معرفته|ما يجب معرفته|أسئلة وأجوبة)/iu;

function isFormatLabelled(title: string): boolean {
  const trimmed = title.trim();
  return FORMAT_LABEL.test(trimmed) || /[?؟]["'”’]?$/u.test(trimmed) || EXPLAINER.test(trimmed);
}

function withOutlet(article: Article): Article {
  return article.outlet === undefined ? { ...article, outlet: outletOf(article.url, article.source) } : article;
}

/** The article that speaks for a story: one with copies elsewhere, then the text closest to the story, then the fullest, then the newest. */
function byRepresentativeness(a: Article, b: Article, closenessA: number, closenessB: number): number {
  return (
    (b.duplicates?.length ?? 0) - (a.duplicates?.length ?? 0) ||
    closenessB - closenessA ||
    b.text.length - a.text.length ||
    (b.published ?? '').localeCompare(a.published ?? '')
  );
}

function majority(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}

// A death toll a headline gives: "kills at least 9", "16 dead", "مقتل 55 فلسطينيا". Tolls rise
// through a day, and an editor heads the story with the latest: among headlines alike in every
// other way, the highest toll ("Nova Scotia Shooting Rampage Kills at Least 16" over "Gunman kills
// at least 9", "6 people killed" over "Several killed").
const TOLL = /(?:\b(?:kills?|killing|killed)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?([\d,]+)|([\d,]+)\s+(?:people\s+)?(?:dead|killed|die|died|deaths)\b|(?:مقتل|استشهاد|وفاة)\s+([\d٠-٩]+)|([\d٠-٩]+)\s+(?:قتيلا|قتيل|قتلى|شهيدا|شهيد))/iu;

/** The death toll a headline gives, or 0. */
function tollOf(title: string): number {
  const match = TOLL.exec(title);
  if (!match) return 0;
  const digits = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').replace(/,/g, '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return Number(digits) || 0;
}
