import { describe, expect, it } from 'vitest';
import { attachByOwnedTerms } from '../../src/group/attachByOwnedTerms.js';
import type { Cluster } from '../../src/group/clusterArticles.js';
import { vectorize } from '../../src/group/vectorize.js';
import type { Article } from '../../src/types.js';
import { article } from './newsArticles.js';

const headline = (id: string, title: string, text = '') => article(id, `outlet-${id}`, '2026-03-10T12:00:00Z', title, text);

// Six outlets' headlines on the first episode of a rebooted science series, already one story.
const reviews = [
  headline('r1', 'The new Cosmos starts off with a big bang'),
  headline('r2', 'Review: the rebooted Cosmos is a dazzling tour of the universe'),
  headline('r3', 'Neil deGrasse Tyson takes Cosmos into the space age'),
  headline('r4', 'Fox premieres its Cosmos reboot to 40 million viewers'),
  headline('r5', 'Did you watch Cosmos last night?'),
  headline('r6', 'Why the new Cosmos matters for science on television'),
];

// Six headlines on a market shelled in a city abroad, already one story.
const shelling = [
  headline('s1', 'Shelling of a market in Donetsk kills 25'),
  headline('s2', 'Market in Donetsk hit, at least 27 dead'),
  headline('s3', 'Deadly blast at Donetsk market, officials say'),
  headline('s4', 'Russia blames Kyiv for the Donetsk market attack'),
  headline('s5', 'Ukraine denies shelling the market in Donetsk'),
  headline('s6', 'Donetsk buries the dead of Sunday’s market blast'),
];

/** The stories after attaching, as sorted lists of ids, with `loners` given as stories of their own. */
function storiesWith(stories: readonly (readonly Article[])[], loners: readonly Article[]): string[][] {
  const articles = [...stories.flat(), ...loners];
  const { vectors, named, headlines, keys } = vectorize(articles);
  let next = 0;
  const clusters: Cluster[] = [...stories, ...loners.map((loner) => [loner])].map((story) => {
    const members = story.map(() => next++);
    return { members, links: [] };
  });
  const places = new Set(keys.flatMap((key, id) => (['donetsk', 'kyiv', 'russia', 'ukrain', 'iran'].includes(key) ? [id] : [])));
  return attachByOwnedTerms(clusters, vectors, articles.map(() => Date.parse('2026-03-10T12:00:00Z')), { headlines, named, places })
    .map((cluster) => cluster.members.map((member) => articles[member]!.id).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('attachByOwnedTerms', () => {
  it('adds a lone headline to the story whose name it shares', () => {
    const loner = headline('loner', 'Did Cosmos pick the wrong hero?');
    expect(storiesWith([reviews], [loner])).toEqual([['loner', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']]);
  });

  it('leaves alone a headline that shares only a common word with a story', () => {
    const loner = headline('loner', 'Bond market braces for a rate cut');
    expect(storiesWith([shelling], [loner])).toContainEqual(['loner']);
  });

  it('leaves alone a headline that shares only a place with a story', () => {
    const loner = headline('loner', 'Football returns to Donetsk after two years');
    expect(storiesWith([shelling], [loner])).toContainEqual(['loner']);
  });

  it('leaves alone an article with a teaser, which its words place already', () => {
    const loner = headline('loner', 'Did Cosmos pick the wrong hero?', 'Critics ask whether the series should have told the story of Giordano Bruno at such length, given how little is known of his astronomy and how much of his trial.');
    expect(storiesWith([reviews], [loner])).toContainEqual(['loner']);
  });

  it('adds a fragment of headlines that all hold the name of the story', () => {
    const story = [
      ...reviews,
      headline('r7', 'Cosmos opens with a tribute to Carl Sagan'),
      headline('r8', 'Seth MacFarlane on why he produced Cosmos'),
      headline('r9', 'Cosmos draws the largest audience of the week'),
    ];
    const fragment = [headline('f1', 'Tyson talks Cosmos sequel plans'), headline('f2', 'A Cosmos sequel? Tyson says the talks have begun')];
    const stories = storiesWith([story, fragment], []);
    expect(stories).toHaveLength(1);
    expect(stories[0]).toEqual(expect.arrayContaining(['f1', 'f2', 'r1']));
  });

  it('leaves alone a fragment whose headlines do not all hold the name of the story', () => {
    const story = [...reviews, headline('r7', 'Cosmos opens with a tribute to Carl Sagan'), headline('r8', 'Seth MacFarlane on why he produced Cosmos'), headline('r9', 'Cosmos draws the largest audience of the week')];
    const fragment = [headline('f1', 'Tyson talks Cosmos sequel plans'), headline('f2', 'Astrophysicists debate a sequel to the famous series')];
    expect(storiesWith([story, fragment], [])).toContainEqual(['f1', 'f2']);
  });

  it('leaves alone a headline whose name belongs to no story of five or more', () => {
    const loner = headline('loner', 'Did Cosmos pick the wrong hero?');
    expect(storiesWith([reviews.slice(0, 4)], [loner])).toContainEqual(['loner']);
  });
});
