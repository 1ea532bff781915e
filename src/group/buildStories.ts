import { createHash } from 'node:crypto';
import type { Article, Story } from '../types.js';
import type { Cluster } from './clusterArticles.js';
import { outletOf } from './outletOf.js';
import { outlets } from './rankStories.js';

/** Turns clusters of article indexes into stories with a title and a reason to merge (summaries come after). */
export function buildStories(articles: readonly Article[], clusters: readonly Cluster[]): Story[] {
  return clusters.map((cluster) => {
    const members = cluster.members.map((index) => withOutlet(articles[index]!)).sort(byRepresentativeness);
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
