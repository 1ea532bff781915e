import { clusterArticles, type Cluster, type ClusterOptions } from './clusterArticles.js';
import type { SparseVector } from './sparse.js';

/**
 * Clusters a story's members again over vectors of their own (one per member, reweighted or with
 * words left out), every per-article option taken for those members; the parts come back in the
 * run's article indexes.
 */
export function clusterMembers(members: readonly number[], vectors: readonly SparseVector[], times: readonly (number | null)[], options: ClusterOptions): Cluster[] {
  const subset = <T>(list: readonly T[] | undefined) => list && members.map((member) => list[member]!);
  const parts = clusterArticles(
    vectors,
    members.map((member) => times[member] ?? null),
    { ...options, named: subset(options.named), headlineNamed: subset(options.headlineNamed), cased: subset(options.cased), alone: subset(options.alone), outlets: subset(options.outlets) },
  );
  return parts.map((part) => ({ members: part.members.map((index) => members[index]!), links: part.links.map((link) => ({ member: members[link.member]!, similarity: link.similarity })) }));
}
