import type { Cluster } from './clusterArticles.js';
import { dot, hasId, type SparseVector } from './sparse.js';

export interface AttachOptions {
  /** Per article, the ascending ids of its headline's terms (vectorize's `headlines`). */
  headlines: readonly Int32Array[];
  /** Per article, the ascending ids of its terms that name something (vectorize's `named`). */
  named: readonly Int32Array[];
  /** Ids of terms that name places: a country or city is no story's own. */
  places: ReadonlySet<number>;
  /** Texts with fewer distinct terms than this are headlines alone. @default 10 */
  headlineTerms?: number;
  /** Two articles further apart than this are never one story. @default 3 days */
  windowMs?: number;
}

/**
 * A headline alone often shares a single word with its story: "Did 'Cosmos' pick the wrong hero?"
 * with the reviews of the show's first episode, "Lindsay Gets Drenched" with Lindsay Lohan's new
 * reality show. One shared word is no evidence in general ("woman", "car", "market"), but a name
 * that half of a story's headlines hold and few headlines outside it do is the story's own: a lone
 * headline (no teaser, no text) with such a name joins that story, the most similar one when it
 * holds the names of several. So does a fragment of headlines alone that all hold the name (few
 * enough, as they are outside the story): the host's remarks on the next season beside the finale
 * of a reality show. Places are nobody's own: "Iran" in a satellite launch does not make it
 * part of Iran's quarrel with Israel.
 */
export function attachByOwnedTerms(clusters: readonly Cluster[], vectors: readonly SparseVector[], times: readonly (number | null)[], options: AttachOptions): Cluster[] {
  const headlineTerms = options.headlineTerms ?? 10;
  const windowMs = options.windowMs ?? 3 * 86_400_000;
  const { headlines } = options;
  // How many headlines of the whole run hold each term.
  const everywhere = new Map<number, number>();
  for (const ids of headlines) for (const id of ids) everywhere.set(id, (everywhere.get(id) ?? 0) + 1);
  // Term → the story that owns it.
  const owner = new Map<number, number>();
  clusters.forEach((cluster, index) => {
    if (cluster.members.length < OWNER_SIZE) return;
    const inStory = new Map<number, number>();
    for (const member of cluster.members) for (const id of headlines[member]!) inStory.set(id, (inStory.get(id) ?? 0) + 1);
    for (const [id, count] of inStory) {
      if (count < OWNED_SHARE * cluster.members.length) continue;
      if (everywhere.get(id)! - count > OUTSIDE_SHARE * count) continue;
      owner.set(id, index);
    }
  });
  const joined = clusters.map((cluster) => ({ members: [...cluster.members], links: [...cluster.links] }));
  const spans = clusters.map((cluster) => spanOf(cluster.members, times));
  const attached = new Set<number>();
  clusters.forEach((cluster, index) => {
    const { members } = cluster;
    if (members.some((member) => vectors[member]!.ids.length >= headlineTerms)) return;
    // The stories owning a name that every headline of the fragment holds.
    let candidates: Set<number> | undefined;
    for (const member of members) {
      const owners = new Set<number>();
      for (const id of headlines[member]!) {
        if (!hasId(options.named[member]!, id) || options.places.has(id)) continue;
        const story = owner.get(id);
        if (story === undefined || story === index || attached.has(story)) continue;
        owners.add(story);
      }
      candidates = candidates ? new Set([...candidates].filter((story) => owners.has(story))) : owners;
    }
    let best: { story: number; similarity: number } | undefined;
    for (const story of candidates ?? []) {
      const [first, last] = spans[story]!;
      const outside = members.some((member) => {
        const time = times[member];
        return time !== null && time !== undefined && (time < last - windowMs || time > first + windowMs);
      });
      if (outside) continue;
      let similarity = 0;
      for (const member of members) for (const other of clusters[story]!.members) similarity = Math.max(similarity, dot(vectors[member]!, vectors[other]!));
      if (!best || similarity > best.similarity) best = { story, similarity };
    }
    if (!best) return;
    // What joined this fragment before moves with it.
    const target = joined[best.story]!;
    for (const member of joined[index]!.members) {
      target.members.push(member);
      target.links.push({ member, similarity: Math.round(best.similarity * 1000) / 1000 });
    }
    attached.add(index);
  });
  return joined.filter((_, index) => !attached.has(index));
}

// A story owns words only when many outlets told it: five headlines or more.
const OWNER_SIZE = 5;
// Share of a story's headlines that hold a name for the name to be the story's.
const OWNED_SHARE = 0.5;
// Headlines outside the story that may hold the name, as a share of those inside.
const OUTSIDE_SHARE = 0.25;

function spanOf(members: readonly number[], times: readonly (number | null)[]): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const member of members) {
    const time = times[member];
    if (time === null || time === undefined) continue;
    first = Math.min(first, time);
    last = Math.max(last, time);
  }
  return [first, last];
}
