import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/group/clusterArticles.js';
import { dot, toSparse } from '../../src/group/sparse.js';
import { vectorize } from '../../src/group/vectorize.js';
import type { Article } from '../../src/types.js';
import {
  article,
  electionBbc,
  electionReuters,
  lavrovRt,
  lavrovSputnik,
  peruAfp,
  sumatraAlJazeera,
  sumatraAp,
  sumatraJakartaPost,
  sumatraReuters,
  vermeer,
} from './newsArticles.js';

const DAY = 86_400_000;

/** The clusters of the articles as sets of ids, sorted for comparison. */
function clusterIds(articles: readonly Article[], times = articles.map((item) => (item.published ? Date.parse(item.published) : null))): string[][] {
  const { vectors } = vectorize(articles);
  return clusterArticles(vectors, times)
    .map((cluster) => cluster.members.map((index) => articles[index]!.id).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('clusterArticles', () => {
  it('merges two outlets covering one event', () => {
    expect(clusterIds([sumatraReuters, vermeer, sumatraAp])).toEqual([['sumatra-ap', 'sumatra-reuters'], ['vermeer-guardian']]);
  });

  it('merges two Arabic outlets that spell the same names differently', () => {
    // RT writes الروسي and سيرغي, Sputnik the Egyptian الروسى and سيرجي, غزه, الاوضاع.
    expect(clusterIds([lavrovRt, electionReuters, lavrovSputnik])).toEqual([['election-reuters'], ['lavrov-rt', 'lavrov-sputnik']]);
  });

  it('keeps apart two stories of one kind whose headlines name different people', () => {
    const dui = (player: string, position: string, outlet: string, lead: string) =>
      article(
        `${player}-${outlet}`,
        outlet,
        '2026-03-03T09:00:00Z',
        `${lead} ${player} ${outlet === 'AP' ? 'arrested on suspicion of drunk driving' : 'charged with drunk driving after arrest'}`,
        `San Diego Chargers ${position} ${player} was arrested early on Tuesday on suspicion of drunk driving, police said. ` +
          'Officers stopped his car on the freeway near the stadium after it was seen weaving between lanes, and he failed a breath test. ' +
          'The team said it was aware of the arrest and was gathering information; the coach declined to comment before practice. ' +
          'He was released on bail and is expected to play on Sunday, when the Chargers host the Denver Broncos.',
      );
    const jackson = [dui('Jackson', 'receiver', 'AP', 'Chargers receiver'), dui('Jackson', 'receiver', 'Reuters', "Chargers'"), dui('Jackson', 'receiver', 'Union-Tribune', 'Charger')];
    const williams = [dui('Williams', 'lineman', 'AP', 'Chargers lineman'), dui('Williams', 'lineman', 'Reuters', "Chargers'"), dui('Williams', 'lineman', 'Union-Tribune', 'Charger')];
    const articles = [...jackson, ...williams];
    const { vectors, named, headlineNamed } = vectorize(articles);
    const times = articles.map(() => Date.parse('2026-03-03T09:00:00Z'));
    const options = { threshold: 0.15, establishedThreshold: 0.3, named };
    const members = (clusters: ReturnType<typeof clusterArticles>) => clusters.map((cluster) => cluster.members.length).sort();
    // Without the headlines' names the two stories are one: they share every other word.
    expect(members(clusterArticles(vectors, times, options))).toEqual([6]);
    expect(members(clusterArticles(vectors, times, { ...options, headlineNamed }))).toEqual([3, 3]);
  });

  it('keeps apart two stories of one kind told in headlines and teasers, when the headlines name different people', () => {
    const dui = (player: string, outlet: string, headline: string) =>
      article(`${player}-${outlet}`, outlet, '2026-03-03T09:00:00Z', headline, `The San Diego Chargers player ${player} was arrested early on Tuesday on suspicion of drunk driving, police said.`);
    const jackson = [dui('Jackson', 'AP', 'Chargers receiver Jackson arrested for drunk driving'), dui('Jackson', 'Reuters', "Chargers' Jackson held on drunk driving charge"), dui('Jackson', 'Union-Tribune', 'Police arrest Charger Jackson for drunk driving')];
    const williams = [dui('Williams', 'AP', 'Chargers lineman Williams arrested for drunk driving'), dui('Williams', 'Reuters', "Chargers' Williams held on drunk driving charge"), dui('Williams', 'Union-Tribune', 'Police arrest Charger Williams for drunk driving')];
    const articles = [...jackson, ...williams];
    const { vectors, named, headlineNamed } = vectorize(articles);
    const times = articles.map(() => Date.parse('2026-03-03T09:00:00Z'));
    const options = { threshold: 0.15, shortThreshold: 0.2, establishedShortThreshold: 0.25, named };
    const members = (clusters: ReturnType<typeof clusterArticles>) => clusters.map((cluster) => cluster.members.length).sort();
    expect(members(clusterArticles(vectors, times, options))).toEqual([6]);
    expect(members(clusterArticles(vectors, times, { ...options, headlineNamed }))).toEqual([3, 3]);
  });

  it('joins a headline with a teaser that shares only everyday words with a story to it only on a shared name, where capitals mark names', () => {
    const articles = [
      article('yarmouth-bbc', 'BBC', '2024-01-21T18:00:00Z', "Great Yarmouth murder arrest after woman's body found in house", 'A man has been arrested on suspicion of murder after the body of a woman was found at a terraced house near the seafront on Saturday evening, police said.'),
      article('yarmouth-edp', 'EDP', '2024-01-21T20:00:00Z', "Great Yarmouth: Murder charge after woman's body found", 'A 41-year-old man has been charged with murder after a woman was found dead at a terraced house in the seaside town, police said.'),
      article('numazu', 'Japan Today', '2024-01-21T07:00:00Z', 'Man arrested after woman found dead in Numazu', 'Police on Saturday arrested an 85-year-old man on suspicion of dangerous driving after a woman was found dead at the scene of a collision on a city road.'),
      article('yarmouth-watchdog', 'Sky', '2024-01-21T21:00:00Z', 'Norfolk police refer themselves to watchdog over Great Yarmouth death', 'The force said officers had been in contact with the woman before she died and it had referred itself to the police watchdog.'),
    ];
    const { vectors, named } = vectorize(articles);
    const times = articles.map((item) => Date.parse(item.published!));
    const options = { threshold: 0.15, shortThreshold: 0.2, establishedShortThreshold: 0.25, named };
    const ids = (clusters: ReturnType<typeof clusterArticles>) => clusters.map((cluster) => cluster.members.map((index) => articles[index]!.id));
    // "woman", "arrested", "found dead", "police": the crash in Numazu joins the murder on words alone…
    expect(ids(clusterArticles(vectors, times, options))).toEqual([['yarmouth-bbc', 'yarmouth-edp', 'numazu'], ['yarmouth-watchdog']]);
    // …unless the script's capitals show the two share no name.
    expect(ids(clusterArticles(vectors, times, { ...options, cased: articles.map(() => true) }))).toEqual([['yarmouth-bbc', 'yarmouth-edp'], ['numazu'], ['yarmouth-watchdog']]);
  });

  it('holds two lone headlines with teasers to a higher bar where capitals mark names, not where they cannot', () => {
    const articles = [
      article('whale', 'Daily Mail', '2021-10-17T08:00:00Z', 'Young humpback whale entangled in a shark net is freed off Sydney coast', 'Rescuers spent hours cutting the young whale free from the net off a beach in Sydney on Sunday morning.'),
      article('parties', 'SMH', '2021-10-17T09:00:00Z', 'Weddings, parties, anything: Sydney gets its groove back', 'Couples rushed to book venues across Sydney on Sunday as the city reopened after months of lockdown.'),
    ];
    const { vectors, named } = vectorize(articles);
    const times = articles.map((item) => Date.parse(item.published!));
    const similarity = dot(vectors[0]!, vectors[1]!);
    const options = { threshold: similarity - 0.01, shortThreshold: similarity - 0.01, pairThreshold: similarity + 0.01, named };
    const sizes = (cased: boolean) => clusterArticles(vectors, times, { ...options, cased: articles.map(() => cased) }).map((cluster) => cluster.members.length);
    // A city and a few everyday words are what they share: in English that is chance…
    expect(sizes(true)).toEqual([1, 1]);
    // …and where the script shows no names, the bar for a teaser joining a story decides.
    expect(sizes(false)).toEqual([2]);
  });

  it('leaves an article marked to stay alone out of every story', () => {
    const articles = [sumatraReuters, sumatraAp, vermeer];
    const { vectors } = vectorize(articles);
    const times = articles.map(() => null);
    expect(clusterArticles(vectors, times, { alone: [false, true, false] }).map((cluster) => cluster.members)).toEqual([[0], [1], [2]]);
  });

  it('keeps apart two events of the same kind', () => {
    expect(clusterIds([sumatraReuters, peruAfp, sumatraAp])).toEqual([['peru-afp'], ['sumatra-ap', 'sumatra-reuters']]);
  });

  it('sorts a mixed day into its events', () => {
    const day = [vermeer, lavrovSputnik, sumatraAp, electionBbc, peruAfp, lavrovRt, electionReuters, sumatraReuters];
    expect(clusterIds(day)).toEqual([
      ['election-bbc', 'election-reuters'],
      ['lavrov-rt', 'lavrov-sputnik'],
      ['peru-afp'],
      ['sumatra-ap', 'sumatra-reuters'],
      ['vermeer-guardian'],
    ]);
  });

  it('lets an article that joined on one pair leave a story it has nothing else in common with', () => {
    // Terms: 1 the MP's name, 2 Johnson, 3 a poll, 4 stabbed, 10+ what each report adds. The tribute
    // shares the MP with six reports and Johnson with a poll; the poll shares nothing with the reports.
    const [mp, johnson, poll, stabbed] = [1, 2, 3, 4];
    const vector = (...terms: number[]) => toSparse(new Map(terms.map((term) => [term, 1])));
    const tribute = vector(mp, johnson);
    const pollPiece = vector(johnson, poll);
    const reports = [10, 11, 12, 13, 14, 15].map((own) => vector(mp, stabbed, own));
    const clusters = clusterArticles([tribute, pollPiece, ...reports], Array.from({ length: 8 }, () => null));
    const members = clusters.map((cluster) => [...cluster.members].sort((a, b) => a - b));
    expect(members).toContainEqual([0, 2, 3, 4, 5, 6, 7]);
    expect(members).toContainEqual([1]);
    // Every member but the first still has the link that joined it.
    const story = clusters.find((cluster) => cluster.members.length === 7)!;
    expect(story.links.map((link) => link.member).sort()).toEqual(story.members.slice(1).sort());
  });

  it('does not merge the same text published ten days apart', () => {
    const later = article('sumatra-later', 'Reuters', '2026-03-13T08:00:00Z', sumatraReuters.title, sumatraReuters.text);
    expect(clusterIds([sumatraReuters, later])).toEqual([['sumatra-later'], ['sumatra-reuters']]);
    const start = Date.parse('2026-03-03T08:00:00Z');
    expect(clusterIds([sumatraReuters, later], [start, start + 10 * DAY])).toHaveLength(2);
  });

  it('merges the same text when a date is missing', () => {
    const undated = article('sumatra-undated', 'Saved articles', null, sumatraReuters.title, sumatraReuters.text);
    expect(clusterIds([sumatraReuters, undated])).toEqual([['sumatra-reuters', 'sumatra-undated']]);
    expect(clusterIds([sumatraReuters, undated], [null, null])).toHaveLength(1);
  });

  it('merges dated articles within the window', () => {
    const start = Date.parse('2026-03-03T08:00:00Z');
    expect(clusterIds([sumatraReuters, sumatraAp], [start, start + 2 * DAY])).toHaveLength(1);
  });

  it('records the similarity of each merge', () => {
    const articles = [sumatraReuters, sumatraAp, vermeer, lavrovRt, lavrovSputnik];
    const { vectors } = vectorize(articles);
    const clusters = clusterArticles(vectors, articles.map(() => null));
    const merged = clusters.filter((cluster) => cluster.members.length > 1);
    expect(merged).toHaveLength(2);
    for (const cluster of merged) {
      expect(cluster.links).toHaveLength(cluster.members.length - 1);
      const [first, second] = cluster.members;
      expect(cluster.links).toEqual([{ member: second, similarity: expect.closeTo(dot(vectors[first!]!, vectors[second!]!), 3) as number }]);
      expect(cluster.links[0]!.similarity).toBeGreaterThanOrEqual(0.2);
    }
    for (const cluster of clusters.filter((cluster) => cluster.members.length === 1)) expect(cluster.links).toEqual([]);
  });

  it('gives every member but the first exactly one link when two stories merge', () => {
    // Al Jazeera rewrote Reuters and the Jakarta Post rewrote AP: two pairs form first, then merge.
    const articles = [sumatraReuters, sumatraAp, sumatraAlJazeera, sumatraJakartaPost];
    const { vectors } = vectorize(articles);
    const [cluster, ...rest] = clusterArticles(vectors, articles.map(() => null));
    expect(rest).toEqual([]);
    expect(cluster!.members).toHaveLength(4);
    expect(cluster!.links.map((link) => link.member).sort()).toEqual(cluster!.members.slice(1).sort());
    // Each recorded similarity is that of a pair its member belongs to.
    for (const link of cluster!.links) {
      const partners = cluster!.members.filter((member) => member !== link.member);
      expect(partners.map((member) => round(dot(vectors[link.member]!, vectors[member]!)))).toContain(link.similarity);
    }
  });
});

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
