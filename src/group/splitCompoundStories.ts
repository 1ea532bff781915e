import type { Cluster, ClusterOptions } from './clusterArticles.js';
import { clusterMembers } from './clusterMembers.js';
import { centroidOf, dot, sparseOf, type SparseVector } from './sparse.js';

export interface SplitOptions extends ClusterOptions {
  /** Per article, its outlet: an event is told by two outlets or more. */
  outlets: readonly string[];
}

/**
 * A large story can be the day's topic rather than one event: on 2024-01-21 the New Hampshire
 * primary gathered 64 articles (Ron DeSantis dropping out, Nikki Haley's attack on Trump's mental
 * fitness, the polls, a dozen columns) because every one names Trump, Haley or New Hampshire.
 * Within such a story those shared words say nothing, so it is clustered again with each term
 * weighted by how rare it is inside the story. When that finds two events or more (three articles
 * from two outlets each) that are not facets of one (see joinFacets), the story becomes one story
 * per event, and each other article joins the event its text is closest to, or stands alone when
 * it shares next to nothing with any. A story that holds one such event and much else is a topic
 * only when the words most of its articles share are the day's everyday news words (see
 * splitOffEvent). Headlines alone have too few words to tell one event of a topic from another:
 * such stories are left as they are.
 */
export function splitCompoundStories(clusters: readonly Cluster[], vectors: readonly SparseVector[], times: readonly (number | null)[], options: SplitOptions): Cluster[] {
  const headlineTerms = options.headlineTerms ?? 10;
  let frequency: Int32Array | undefined;
  const documentFrequency = () => (frequency ??= countDocuments(vectors));
  return clusters.flatMap((cluster) => {
    const { members } = cluster;
    if (members.length < COMPOUND_SIZE) return [cluster];
    const meanTerms = members.reduce((sum, member) => sum + vectors[member]!.ids.length, 0) / members.length;
    if (meanTerms < headlineTerms) return [cluster];
    // Articles close to their centroid tell one event: the story is not clustered again.
    const centroid = centroidOf(members, vectors);
    if (members.reduce((sum, member) => sum + dot(vectors[member]!, centroid), 0) / members.length >= ONE_EVENT) return [cluster];
    return splitStory(members, vectors, times, options, documentFrequency) ?? [cluster];
  });
}

// Stories of fewer articles than this are taken as the one event they mostly are.
const COMPOUND_SIZE = 8;

// Least average cosine of a story's articles with its centroid for the story to be taken as one
// event without clustering it again. The stories that held several events on the real days sat
// at 0.38–0.43; single events of ECB+ and of the benchmark at 0.47–0.82, and none of them split.
const ONE_EVENT = 0.5;

// An event is at least three articles from two outlets or more: two articles of a topic that
// happen to share a phrase are not yet an event of their own.
const EVENT_SIZE = 3;

// Least centroid cosine of two parts of a story for them to be facets of one event: the bar for a
// headline with its teaser to join a story (see groupArticles).
const SAME_EVENT = 0.2;

// Least cosine of an article with an event's centroid for it to join that event; below it for
// every event, the article stands alone (the bar for staying in a story; see clusterArticles).
const MIN_BELONGING = 0.1;

// A word in this share of a story's articles or more is what the story is about.
const SHARED = 0.5;

// A word is the story's own when at least this share of the run's articles that have it are in the
// story ("Ayodhya", "temple": 0.6–0.85 of their articles on 2024-01-21); "vaccine" on a day of
// Covid news is everyone's (0.5–0.56 on 2020-12-16 and 2021-09-20).
const OWN_WORD = 2 / 3;

function splitStory(members: readonly number[], vectors: readonly SparseVector[], times: readonly (number | null)[], options: SplitOptions, documentFrequency: () => Int32Array): Cluster[] | undefined {
  const inStory = new Map<number, number>();
  for (const member of members) for (const id of vectors[member]!.ids) inStory.set(id, (inStory.get(id) ?? 0) + 1);
  const size = members.length;
  // Inverse frequency within the story: a word of every article weighs next to nothing.
  const local = members.map((member) => {
    const vector = vectors[member]!;
    return sparseOf(vector.ids, (id, index) => vector.weights[index]! * Math.log((size + 1) / (inStory.get(id)! + 0.5)));
  });
  const parts = clusterMembers(members, local, times, options);
  const events = parts.filter((part) => part.members.length >= EVENT_SIZE && new Set(part.members.map((member) => options.outlets[member])).size >= 2);
  if (events.length === 1 && !hasOwnWord(inStory, size, documentFrequency())) {
    const event = events[0]!;
    return splitOffEvent(event.members, parts.filter((part) => part !== event).map((part) => part.members), vectors);
  }
  if (events.length < 2) return undefined;

  const eventMembers = joinFacets(events.map((event) => event.members), vectors);
  if (eventMembers.length < 2) return undefined;
  const centroids = eventMembers.map((list) => centroidOf(list, vectors));
  const placed = new Set(eventMembers.flat());
  const alone: number[] = [];
  for (const member of members) {
    if (placed.has(member)) continue;
    let best = -1;
    let bestSimilarity = MIN_BELONGING;
    centroids.forEach((centroid, index) => {
      const similarity = dot(vectors[member]!, centroid);
      if (similarity >= bestSimilarity) {
        best = index;
        bestSimilarity = similarity;
      }
    });
    if (best >= 0) eventMembers[best]!.push(member);
    else alone.push(member);
  }
  return [
    ...eventMembers.map((list, index) => ({
      members: list,
      links: list.slice(1).map((member) => ({ member, similarity: Math.round(dot(vectors[member]!, centroids[index]!) * 1000) / 1000 })),
    })),
    ...alone.map((member) => ({ members: [member], links: [] })),
  ];
}

/**
 * Parts whose centroids are as alike as a headline with its teaser must be to a story to join it
 * are facets of one event (the fire at a church and the arson inquiry), joined most alike first. Two groups of parts join only
 * when every part of one is that alike to every part of the other: a part that shares the topic
 * with two events (the polls, with Ron DeSantis's withdrawal and with Nikki Haley's attacks) does
 * not chain them into one again.
 */
function joinFacets(parts: number[][], vectors: readonly SparseVector[]): number[][] {
  const centroids = parts.map((list) => centroidOf(list, vectors));
  const alike = centroids.map((centroid) => centroids.map((other) => dot(centroid, other)));
  let groups = parts.map((_, index) => [index]);
  for (;;) {
    let best: [number, number] | undefined;
    let bestSimilarity = SAME_EVENT;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const similarity = Math.min(...groups[i]!.flatMap((a) => groups[j]!.map((b) => alike[a]![b]!)));
        if (similarity >= bestSimilarity) {
          best = [i, j];
          bestSimilarity = similarity;
        }
      }
    }
    if (!best) return groups.map((group) => group.flatMap((index) => parts[index]!));
    const [i, j] = best;
    groups = [...groups.filter((_, index) => index !== i && index !== j), [...groups[i]!, ...groups[j]!]];
  }
}

/**
 * A story of one event and many other articles whose shared words are everyone's ("vaccine",
 * "Covid" on 2020-12-16: an allergic reaction in Alaska, the Philippines' Pfizer deal, New
 * Zealand's rollout and a dozen more) is the day's topic: the event keeps the articles as close to
 * it as a headline with its teaser must be to join a story, and the others go back to what they
 * were clustered into again, pairs or alone. When most of the others are that close, the story is
 * one event told from many angles and stays whole (Tillerson's dismissal, with its reactions).
 */
function splitOffEvent(event: readonly number[], others: readonly (readonly number[])[], vectors: readonly SparseVector[]): Cluster[] | undefined {
  const centroid = centroidOf(event, vectors);
  const joined = [...event];
  const rest: number[][] = [];
  let otherCount = 0;
  for (const part of others) {
    otherCount += part.length;
    const left: number[] = [];
    for (const member of part) (dot(vectors[member]!, centroid) >= SAME_EVENT ? joined : left).push(member);
    if (left.length > 0) rest.push(left);
  }
  if (2 * (joined.length - event.length) >= otherCount) return undefined;
  return [joined, ...rest].map((list) => {
    const listCentroid = centroidOf(list, vectors);
    return { members: list, links: list.slice(1).map((member) => ({ member, similarity: Math.round(dot(vectors[member]!, listCentroid) * 1000) / 1000 })) };
  });
}

/** Whether a word in most of a story's articles is used mostly in the story (see OWN_WORD). */
function hasOwnWord(inStory: ReadonlyMap<number, number>, size: number, documentFrequency: Int32Array): boolean {
  for (const [id, count] of inStory) if (count >= SHARED * size && count >= OWN_WORD * documentFrequency[id]!) return true;
  return false;
}

/** In how many articles each term (by id) is. */
function countDocuments(vectors: readonly SparseVector[]): Int32Array {
  let terms = 0;
  for (const vector of vectors) if (vector.ids.length > 0) terms = Math.max(terms, vector.ids[vector.ids.length - 1]! + 1);
  const frequency = new Int32Array(terms);
  for (const vector of vectors) for (const id of vector.ids) frequency[id]!++;
  return frequency;
}
