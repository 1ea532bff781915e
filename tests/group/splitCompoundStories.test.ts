import { describe, expect, it } from 'vitest';
import { splitCompoundStories } from '../../src/group/splitCompoundStories.js';
import type { Article } from '../../src/types.js';
import { electionBbc, lavrovRt, peruAfp, vermeer } from './newsArticles.js';
import { splitStory, teaser } from './splitStory.js';

const item = (id: string, host: string, hour: number, title: string, text: string) => teaser('2026-02-14', id, host, hour, title, text);

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

const storiesOf = (story: readonly Article[], others?: readonly Article[]) => splitStory(splitCompoundStories, story, {}, others);

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

  it("splits one event off a day's topic whose shared words other stories of the run share too", () => {
    // A day of vaccine news: one event three outlets told, and pieces that share only the topic.
    const reaction = [
      item('reaction-1', 'wire.example', 8, 'Nurse in Juneau has severe allergic reaction after Pfizer vaccine shot', 'A nurse in Juneau suffered a severe allergic reaction minutes after receiving the Pfizer vaccine and was kept in hospital overnight.'),
      item('reaction-2', 'daily.example', 9, 'Juneau nurse hospitalised with allergic reaction to Pfizer vaccine', 'Doctors in Juneau treated a nurse for an allergic reaction to the Pfizer vaccine; she had no history of allergies.'),
      item('reaction-3', 'herald.example', 10, 'Pfizer looking into allergic reaction of Juneau nurse', 'Pfizer said it was gathering details on the allergic reaction of a nurse in Juneau who received its vaccine on Tuesday.'),
    ];
    const topic = [
      item('topic-1', 'globe.example', 7, 'Manila says talks on vaccine supply with Beijing continue', 'The envoy said Manila hoped for a first shipment of the Sinovac vaccine by March, with the contract still unsigned.'),
      item('topic-2', 'wire.example', 11, 'Prison inmates and guards should get the vaccine early, panel says', 'A national commission urged states to put people in prisons among the first groups offered the vaccine, citing outbreaks behind bars.'),
      item('topic-3', 'daily.example', 12, 'Wellington unveils its vaccine rollout plan', 'Border workers will be offered the vaccine from February, the health minister said, with the general public to follow later in the year.'),
      item('topic-4', 'herald.example', 13, 'Sacramento expects a million more vaccine doses this month', 'State officials said the shipments would go first to hospitals in the hardest-hit counties of the Central Valley.'),
      item('topic-5', 'globe.example', 14, 'When will poorer countries get the vaccine?', 'Rich nations have reserved most of next year’s supply, leaving the Covax scheme short of doses for Africa and Asia.'),
      item('topic-6', 'wire.example', 15, 'At this pace the vaccine will take a decade to reach everyone, analysts say', 'The current speed of vaccination would leave most adults waiting for years unless supply and staffing grow sharply.'),
    ];
    // Elsewhere in the run the topic's words are everyday words: vaccine and Covid news of all kinds.
    const elsewhere = [
      item('else-1', 'globe.example', 6, 'Hospitals brace for Covid surge as vaccine arrives', 'Intensive care units in the capital are close to full, even as the first doses of the vaccine reach staff.'),
      item('else-2', 'daily.example', 6, 'Teachers ask to be next in line for the vaccine', 'Unions said school staff face daily exposure to Covid and should be offered the vaccine after health workers.'),
      item('else-3', 'herald.example', 5, 'Covid vaccine scams target older people', 'Police warned of callers offering early vaccine appointments for a fee to people over seventy.'),
      item('else-4', 'wire.example', 5, 'Airline says it may ask passengers for vaccine proof', 'The carrier’s chief executive said proof of a Covid vaccine could become a condition of flying abroad.'),
      item('else-5', 'globe.example', 4, 'Why the vaccine must be kept so cold', 'The vaccine has to be stored at minus 70 degrees, which few clinics can manage without special freezers.'),
      item('else-6', 'daily.example', 4, 'Care homes wait for the vaccine as Covid deaths rise', 'Residents of care homes are first in line, but many homes have yet to receive a date for the vaccine.'),
    ];
    const stories = storiesOf([...reaction, ...topic], [...elsewhere, vermeer, peruAfp]);
    expect(stories).toContainEqual(reaction.map((entry) => entry.id).sort());
    expect(stories.length).toBeGreaterThan(2);
    // The same story with no other vaccine news in the run is about its own subject: it stays whole.
    expect(storiesOf([...reaction, ...topic], [vermeer, peruAfp, electionBbc, lavrovRt])).toEqual([[...reaction, ...topic].map((entry) => entry.id).sort()]);
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
