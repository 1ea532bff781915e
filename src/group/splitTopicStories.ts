import type { Cluster, ClusterOptions } from './clusterArticles.js';
import { clusterMembers } from './clusterMembers.js';
import { sparseOf, type SparseVector } from './sparse.js';

/**
 * A story of headlines with teasers can be held together by the day's topic alone: on 2021-07-16
 * seven pieces from six outlets (a football team taking a knee, a premier's trip, a surfer,
 * Djokovic, a boycott of Beijing's games) shared nothing but "Tokyo" and "Olympics", and, covered
 * by six outlets, led the briefing. What its articles share is then almost all in the story's two
 * strongest words; in a story of one event they also share its particulars (the floods' dead and
 * missing, Germany and Belgium). Such a story is clustered again without those two words: the
 * articles that still belong together stay together, the others stand alone. Headlines without a
 * teaser are left as they are: two outlets' headlines of one event often share only two words.
 */
export function splitTopicStories(clusters: readonly Cluster[], vectors: readonly SparseVector[], times: readonly (number | null)[], options: ClusterOptions): Cluster[] {
  const headlineTerms = options.headlineTerms ?? 10;
  return clusters.flatMap((cluster) => {
    const { members } = cluster;
    if (members.length < TOPIC_SIZE) return [cluster];
    if (members.reduce((sum, member) => sum + vectors[member]!.ids.length, 0) / members.length < headlineTerms) return [cluster];
    const { topic, beyond } = readShared(members, vectors);
    if (beyond >= TOPIC_ONLY) return [cluster];
    const without = members.map((member) => {
      const vector = vectors[member]!;
      return sparseOf(vector.ids, (id, index) => (topic.has(id) ? 0 : vector.weights[index]!));
    });
    return clusterMembers(members, without, times, options);
  });
}

// A topic is told by three articles or more; two that share two words are judged as a pair.
const TOPIC_SIZE = 3;

// Least share of what a story's articles share, pair by pair, that must lie outside its two
// strongest words for the story to be one event. Read on six real days: the Olympic pieces 0.09;
// every story of one event 0.16 or more (a state's case count with its shops' purchase limits
// 0.16, a vaccine survey with the rollout's news 0.21, the floods in Europe 0.61).
const TOPIC_ONLY = 0.12;

/**
 * The two terms of the largest weight in the story's sum, and the share of the articles' pairwise
 * products that lies outside them: with S the sum of the vectors, the products of all pairs add
 * up to (|S|² − Σ|v|²) / 2, term by term.
 */
function readShared(members: readonly number[], vectors: readonly SparseVector[]): { topic: Set<number>; beyond: number } {
  const slot = new Map<number, number>();
  const ids: number[] = [];
  const sums: number[] = [];
  const squares: number[] = [];
  for (const member of members) {
    const vector = vectors[member]!;
    vector.ids.forEach((id, index) => {
      const weight = vector.weights[index]!;
      let at = slot.get(id);
      if (at === undefined) {
        at = ids.length;
        slot.set(id, at);
        ids.push(id);
        sums.push(0);
        squares.push(0);
      }
      sums[at]! += weight;
      squares[at]! += weight * weight;
    });
  }
  let first = -1;
  let second = -1;
  for (let at = 0; at < ids.length; at++) {
    if (first < 0 || sums[at]! > sums[first]!) {
      second = first;
      first = at;
    } else if (second < 0 || sums[at]! > sums[second]!) second = at;
  }
  let all = 0;
  let outside = 0;
  for (let at = 0; at < ids.length; at++) {
    const shared = sums[at]! * sums[at]! - squares[at]!;
    all += shared;
    if (at !== first && at !== second) outside += shared;
  }
  return { topic: new Set([first, second].filter((at) => at >= 0).map((at) => ids[at]!)), beyond: all > 0 ? outside / all : 1 };
}
