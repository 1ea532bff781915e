import { describe, expect, it } from 'vitest';
import { outletOf } from '../../src/group/outletOf.js';
import { splitCompoundStories } from '../../src/group/splitCompoundStories.js';
import { vectorize } from '../../src/group/vectorize.js';
import type { Article } from '../../src/types.js';
import { article, electionBbc, lavrovRt, peruAfp, vermeer } from './newsArticles.js';

const at = (hour: number) => `2026-02-14T${String(hour).padStart(2, '0')}:00:00Z`;
const item = (id: string, host: string, hour: number, title: string, teaser: string) => ({ ...article(id, host, at(hour), title, teaser), url: `https://${host}/${id}` });

// One day of a primary campaign, as headlines with teasers: every piece names the candidates and
// the state, but two events happened: a governor left the race, and a rival questioned the
// front-runner's memory after a slip at a rally.
const withdrawal = [
  item('ashby-1', 'wire.example', 18, 'Governor Tom Ashby drops out of presidential race, endorses Hartwell', 'Tom Ashby suspended his campaign on Sunday before the Nevada caucus and endorsed Daniel Hartwell, leaving Marisa Quintero as the last rival.'),
  item('ashby-2', 'daily.example', 18, 'Ashby ends White House bid and backs Hartwell', 'The Oregon governor Tom Ashby ended his struggling bid and threw his support behind Daniel Hartwell two days before Nevada votes.'),
  item('ashby-3', 'herald.example', 19, 'Tom Ashby suspends campaign, endorses Daniel Hartwell', 'Ashby told supporters in a video that he saw no path to the nomination and that Republicans should unite behind Hartwell.'),
  item('ashby-4', 'globe.example', 20, 'Ashby quits race and endorses Hartwell ahead of Nevada caucus', 'Governor Tom Ashby quit the race and endorsed Daniel Hartwell, whose lead over Marisa Quintero in Nevada polls keeps growing.'),
];
const slip = [
  item('slip-1', 'wire.example', 9, 'Quintero questions Hartwell’s mental fitness after rally mix-up', 'Marisa Quintero said Daniel Hartwell may not be mentally fit after he confused her with the former speaker Ellen Brandt at a Reno rally.'),
  item('slip-2', 'daily.example', 10, 'Hartwell confuses Quintero with Ellen Brandt at Reno rally', 'Daniel Hartwell repeatedly mixed up Marisa Quintero and Ellen Brandt in a speech in Reno, prompting Quintero to question his mental sharpness.'),
  item('slip-3', 'herald.example', 11, 'Quintero says Hartwell is in mental decline after Brandt mix-up', 'Marisa Quintero told voters in Reno that Daniel Hartwell was not the man he was, after he confused her with Ellen Brandt.'),
];
const columns = [
  item('column-1', 'globe.example', 7, 'Nevada is Quintero’s last, best shot against Hartwell', 'Marisa Quintero needs a strong showing in the Nevada caucus to stay in a race Daniel Hartwell dominates.'),
  item('column-2', 'daily.example', 12, 'Hartwell lead over Quintero grows in final Nevada poll', 'Daniel Hartwell leads Marisa Quintero by 30 points among likely caucus-goers in Nevada, a new poll shows.'),
  item('column-3', 'herald.example', 13, 'Protester removed from Hartwell event in Las Vegas', 'Security guards escorted a woman out of a Daniel Hartwell event after she rushed towards the stage shouting about water rights.'),
  item('column-4', 'wire.example', 14, 'New Quintero advert stresses her foreign policy record', 'Marisa Quintero will air a television advert in Nevada highlighting her years as ambassador to the United Nations and subtly hitting Hartwell.'),
  item('column-5', 'globe.example', 15, 'What to know about the Nevada caucus', 'Doors open at 5 pm; voters must be registered Republicans, and results are expected late in the evening, the state party says.'),
  item('column-6', 'daily.example', 16, 'Hartwell teases running mate shortlist', 'Daniel Hartwell said he had narrowed his list of possible vice-presidential picks to five names but would not reveal them before Nevada.'),
];
const campaign = [...withdrawal, ...slip, ...columns];

/** The stories splitCompoundStories makes of `story`, one list of ids each, with `others` around them for the vectors' weights. */
function storiesOf(story: readonly Article[], others: readonly Article[] = [vermeer, peruAfp, electionBbc, lavrovRt]): string[][] {
  const articles = [...story, ...others];
  const { vectors, named, headlineNamed } = vectorize(articles);
  const times = articles.map((entry) => Date.parse(entry.published!));
  const outlets = articles.map((entry) => outletOf(entry.url, entry.source));
  const clusters = [{ members: story.map((_, index) => index), links: [] }, ...others.map((_, index) => ({ members: [story.length + index], links: [] }))];
  return splitCompoundStories(clusters, vectors, times, { named, headlineNamed, outlets })
    .filter((cluster) => cluster.members.every((member) => member < story.length))
    .map((cluster) => cluster.members.map((member) => articles[member]!.id).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('splitCompoundStories', () => {
  it('makes one story per event of a story that gathered a whole campaign', () => {
    const stories = storiesOf(campaign);
    expect(stories.length).toBeGreaterThanOrEqual(2);
    const storyOf = (id: string) => stories.findIndex((ids) => ids.includes(id));
    expect(new Set(withdrawal.map((entry) => storyOf(entry.id))).size).toBe(1);
    expect(new Set(slip.map((entry) => storyOf(entry.id))).size).toBe(1);
    expect(storyOf('ashby-1')).not.toBe(storyOf('slip-1'));
  });

  it('keeps a story whose parts all tell one event', () => {
    // The withdrawal told by four outlets, the last one twice over: facets, not events.
    const more = [
      item('ashby-5', 'wire.example', 21, 'Hartwell says he is honoured by Tom Ashby endorsement', 'Daniel Hartwell thanked Governor Tom Ashby for his endorsement after Ashby suspended his campaign before the Nevada caucus.'),
      item('ashby-6', 'herald.example', 21, 'Ashby endorsement gives Hartwell boost before Nevada caucus', 'Tom Ashby ended his campaign and endorsed Daniel Hartwell, who thanked the governor at an evening rally in Las Vegas.'),
      item('ashby-7', 'globe.example', 22, 'Why Tom Ashby dropped out and endorsed Hartwell', 'Governor Tom Ashby saw no path to the nomination; his endorsement hands Daniel Hartwell his supporters in Nevada.'),
      item('ashby-8', 'daily.example', 22, 'Tom Ashby drops out: what his endorsement of Hartwell means', 'Ashby suspended his presidential campaign on Sunday and endorsed Daniel Hartwell before the Nevada caucus.'),
    ];
    expect(storiesOf([...withdrawal, ...more])).toEqual([[...withdrawal, ...more].map((entry) => entry.id).sort()]);
  });

  it('leaves a story of headlines alone as it is', () => {
    const headlines = campaign.map((entry) => ({ ...entry, text: '' }));
    expect(storiesOf(headlines)).toEqual([headlines.map((entry) => entry.id).sort()]);
  });

  it('leaves a story of fewer than eight articles as it is', () => {
    const few = [...withdrawal.slice(0, 3), ...slip];
    expect(storiesOf(few)).toEqual([few.map((entry) => entry.id).sort()]);
  });
});
