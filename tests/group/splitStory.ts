import { outletOf } from '../../src/group/outletOf.js';
import type { Cluster } from '../../src/group/clusterArticles.js';
import type { SplitOptions } from '../../src/group/splitCompoundStories.js';
import type { SparseVector } from '../../src/group/sparse.js';
import { vectorize } from '../../src/group/vectorize.js';
import type { Article } from '../../src/types.js';
import { article, electionBbc, lavrovRt, peruAfp, vermeer } from './newsArticles.js';

/** A headline with its teaser from `host`, at `hour` o'clock of `day`. */
export function teaser(day: string, id: string, host: string, hour: number, title: string, text: string): Article {
  return { ...article(id, host, `${day}T${String(hour).padStart(2, '0')}:00:00Z`, title, text), url: `https://${host}/${id}` };
}

type Split = (clusters: readonly Cluster[], vectors: readonly SparseVector[], times: readonly (number | null)[], options: SplitOptions) => Cluster[];

/**
 * The stories `split` makes of one story, one sorted list of ids each, with a few unrelated
 * articles around it for the vectors' weights.
 */
export function splitStory(split: Split, story: readonly Article[], options: Partial<SplitOptions> = {}, others: readonly Article[] = [vermeer, peruAfp, electionBbc, lavrovRt]): string[][] {
  const articles = [...story, ...others];
  const { vectors, named, headlineNamed } = vectorize(articles);
  const times = articles.map((entry) => Date.parse(entry.published!));
  const outlets = articles.map((entry) => outletOf(entry.url, entry.source));
  const clusters = [{ members: story.map((_, index) => index), links: [] }, ...others.map((_, index) => ({ members: [story.length + index], links: [] }))];
  return split(clusters, vectors, times, { named, headlineNamed, outlets, ...options })
    .filter((cluster) => cluster.members.every((member) => member < story.length))
    .map((cluster) => cluster.members.map((member) => articles[member]!.id).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}
