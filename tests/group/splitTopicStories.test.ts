import { describe, expect, it } from 'vitest';
import { splitTopicStories } from '../../src/group/splitTopicStories.js';
import type { Article } from '../../src/types.js';
import { splitStory, teaser } from './splitStory.js';

const item = (id: string, host: string, hour: number, title: string, text: string) => teaser('2026-07-16', id, host, hour, title, text);

// A week before the Olympics in Oslo: five outlets' pieces that share the Games' name and the
// city, and nothing else.
const previews = [
  item('games-1', 'wire.example', 6, 'Skier Lena Marsh confirms she will race at Oslo Olympics', 'Lena Marsh ended weeks of doubt about her injured knee and said she would race the downhill at the Oslo Olympics.'),
  item('games-2', 'daily.example', 7, 'Premier Dana Kelso still plans Oslo trip', 'Dana Kelso will fly out to the Olympics on Sunday, but the premier said she would cancel if the floods at home worsen.'),
  item('games-3', 'herald.example', 8, 'Canadian curlers arrive in Oslo with a new coach', 'The Canadian women’s curling team landed for the Olympics after replacing their coach in March.'),
  item('games-4', 'globe.example', 9, 'Lawmakers vote to boycott the Olympics in Oslo', 'Parliament backed a diplomatic boycott over human rights, by 212 votes to 190.'),
  item('games-5', 'post.example', 10, 'Ticket prices for the Oslo Olympics soar', 'Resale sites list seats for the opening ceremony at ten times their price.'),
];

// One event told by four outlets: they share the skater, the fall and the final besides the Games.
const fall = [
  item('fall-1', 'wire.example', 11, 'Skater Mia Lund falls in Oslo Olympics final, breaks wrist', 'Mia Lund fell on her last jump in the figure skating final at the Oslo Olympics and was taken to hospital with a broken wrist.'),
  item('fall-2', 'daily.example', 12, 'Mia Lund breaks wrist in fall at Olympics final', 'The skater Mia Lund broke her wrist when she fell in the Oslo Olympics final, her team said.'),
  item('fall-3', 'herald.example', 12, 'Lund taken to hospital after final fall in Oslo', 'Mia Lund was taken to hospital with a broken wrist after falling on her last jump in the Olympics figure skating final.'),
  item('fall-4', 'globe.example', 13, 'Broken wrist ends Mia Lund’s Olympics', 'A fall on her final jump left Mia Lund with a broken wrist and ended her Oslo Olympics.'),
];

const storiesOf = (story: readonly Article[]) => splitStory(splitTopicStories, story, { threshold: 0.15, shortThreshold: 0.2, establishedShortThreshold: 0.25 });

describe('splitTopicStories', () => {
  it('parts a story of teasers that share nothing but the day’s topic', () => {
    expect(storiesOf(previews)).toEqual(previews.map((entry) => [entry.id]).sort((a, b) => a[0]!.localeCompare(b[0]!)));
  });

  it('keeps a story whose teasers share the particulars of one event', () => {
    expect(storiesOf(fall)).toEqual([fall.map((entry) => entry.id).sort()]);
  });

  it('leaves headlines without teasers as they are: two outlets’ headlines of one event may share two words only', () => {
    const headlines = previews.map((entry) => ({ ...entry, text: '' }));
    expect(storiesOf(headlines)).toEqual([headlines.map((entry) => entry.id).sort()]);
  });
});
