import { describe, expect, it } from 'vitest';
import { groupArticles, type GroupOptions } from '../../src/group/groupArticles.js';
import type { Article, Story, Topic } from '../../src/types.js';
import {
  article,
  electionBbc,
  electionReuters,
  football,
  lavrovRt,
  lavrovSputnik,
  peruAfp,
  sumatraAlJazeera,
  sumatraAp,
  sumatraJakartaPost,
  sumatraReuters,
  vermeer,
} from './newsArticles.js';

// One day's collection, in the order feeds happened to deliver it.
const day: readonly Article[] = [vermeer, peruAfp, sumatraReuters, electionReuters, lavrovRt, football, sumatraAp, electionBbc, lavrovSputnik];

const elections = { name: 'Elections', keywords: ['election', 'الانتخابات'] };
const diplomacy = { name: 'Diplomacy', keywords: ['foreign minister', 'وزير الخارجية'] };

function group(articles: readonly Article[], options: Partial<GroupOptions> = {}): Topic[] {
  return groupArticles(articles, { topics: [elections, diplomacy], sourceTopics: new Map([['Sports Desk', 'Sport']]), maxStories: 20, ...options });
}

const storyIds = (topic: Topic | undefined) => topic?.stories.map((story) => story.articles.map((item) => item.id).sort());
const allStories = (topics: readonly Topic[]) => topics.flatMap((topic) => topic.stories);
const shownTitles = (topics: readonly Topic[]) => allStories(topics).filter((story) => story.shown).map((story) => story.title);
const byName = (topics: readonly Topic[], name: string) => topics.find((topic) => topic.name === name);
const isStoryOf = (first: Article) => (story: Story) => story.articles.some((item) => item.id === first.id);

// Six unrelated world events, each carried word for word by two wires: stories of two outlets.
const EVENTS = [
  ['Floods close the port of Lisbon', 'Heavy rain flooded the harbour of Lisbon on Tuesday and the port authority stopped all shipping until the water recedes.'],
  ['Nairobi opens a railway to its airport', "Kenya's president opened a commuter railway linking central Nairobi with the international airport, a line built over four years."],
  ['Hanoi bans motorbikes from its old quarter', 'City officials in Hanoi will keep motorbikes out of the old quarter from next month to cut noise and air pollution for residents.'],
  ['Volcano near Quito grounds flights', 'Ash from an erupting volcano south of Quito closed the airport of the Ecuadorian capital and covered farms in grey dust.'],
  ['Georgian parliament passes foreign agents bill', "Georgia's parliament in Tbilisi passed a bill on foreign agents despite a week of protests outside the building by students."],
  ['Dhaka garment workers strike over wages', 'Thousands of garment workers in Dhaka walked out of their factories to demand a higher minimum wage from the textile industry.'],
] as const;

function worldWires(count: number): Article[] {
  return EVENTS.slice(0, count).flatMap(([title, text], index) =>
    ['Wire A', 'Wire B'].map((source) => article(`event-${index}-${source}`, source, `2026-03-03T0${index}:00:00Z`, title, text)),
  );
}

describe('groupArticles', () => {
  it('holds a headline without capitals to sharing a name when its teaser shows the script writes them', () => {
    const murder = [
      { ...article('yarmouth-bbc', 'BBC', '2024-01-21T18:00:00Z', "Great Yarmouth murder arrest after woman's body found in house", 'A man has been arrested on suspicion of murder after the body of a woman was found at a terraced house near the seafront on Saturday evening, police said.'), url: 'https://bbc.example/yarmouth' },
      { ...article('yarmouth-edp', 'EDP', '2024-01-21T20:00:00Z', "Great Yarmouth: Murder charge after woman's body found", 'A 41-year-old man has been charged with murder after a woman was found dead at a terraced house in the seaside town, police said.'), url: 'https://edp.example/yarmouth' },
    ];
    // Sentence case from a number on: not one capital letter in the headline.
    const crash = { ...article('numazu', 'Japan Today', '2024-01-21T07:00:00Z', '85-year-old driver arrested after woman found dead', 'Police in Numazu on Saturday arrested an 85-year-old man on suspicion of dangerous driving after a woman was found dead at the scene of a collision.'), url: 'https://japantoday.example/numazu' };
    const stories = allStories(group([...murder, crash], { topics: [] }));
    expect(stories.find(isStoryOf(crash))!.articles.map((item) => item.id)).toEqual(['numazu']);
  });

  it('puts configured topics first, in config order', () => {
    const names = group(day).map((topic) => topic.name);
    expect(names.slice(0, 3)).toEqual(['Elections', 'Diplomacy', 'Sport']);
    const reversed = group(day, { topics: [diplomacy, elections] }).map((topic) => topic.name);
    expect(reversed.slice(0, 3)).toEqual(['Diplomacy', 'Elections', 'Sport']);
  });

  it('files stories by their keywords in any language', () => {
    const topics = group(day);
    expect(storyIds(byName(topics, 'Elections'))).toEqual([['election-bbc', 'election-reuters']]);
    expect(storyIds(byName(topics, 'Diplomacy'))).toEqual([['lavrov-rt', 'lavrov-sputnik']]);
    expect(byName(topics, 'Diplomacy')?.kind).toBe('configured');
  });

  it("files a story under its source's topic when no keyword matches", () => {
    const sport = byName(group(day), 'Sport');
    expect(storyIds(sport)).toEqual([['football-sportsdesk']]);
    // The source's topic is written in sources.json too.
    expect(sport?.kind).toBe('configured');
  });

  it("prefers a matching keyword to the source's topic", () => {
    const topics = group(day, { sourceTopics: new Map([['Reuters', 'World']]) });
    expect(storyIds(byName(topics, 'Elections'))).toEqual([['election-bbc', 'election-reuters']]);
    expect(storyIds(byName(topics, 'World'))).toEqual([['sumatra-ap', 'sumatra-reuters']]);
  });

  it('files stories no configured topic takes under their news section, in section order', () => {
    const topics = group(day);
    const world = topics.find((topic) => topic.stories.some(isStoryOf(peruAfp)));
    expect(world).toMatchObject({ name: 'World', kind: 'section', section: 'world' });
    expect(storyIds(world)).toEqual([['sumatra-ap', 'sumatra-reuters'], ['peru-afp']]);
    expect(byName(topics, 'Culture')).toMatchObject({ kind: 'section', section: 'culture' });
    expect(topics.map((topic) => topic.name)).toEqual(['Elections', 'Diplomacy', 'Sport', 'World', 'Culture']);
  });

  it('gives every story its section and the reason, also one under a configured topic', () => {
    for (const story of allStories(group(day))) {
      expect(story.section).toBeDefined();
      expect(story.sectionReason?.signal).toBeDefined();
    }
    const [election] = byName(group(day), 'Elections')?.stories ?? [];
    // Portugal's election is foreign news to an English reader: World, under the configured topic.
    expect(election).toMatchObject({ section: 'world', sectionReason: { signal: 'text' } });
    expect(election?.topicMatch).toMatchObject({ topic: 'Elections' });
    expect(election?.topicMatch?.hits.some((hit) => hit.field === 'title' && /election/i.test(hit.matched))).toBe(true);
  });

  it('files a story whose words point nowhere under Other, last', () => {
    const quiet = article('quiet', 'Local', '2026-03-03T09:00:00Z', 'A quiet Tuesday', 'Nothing much happened today, and tomorrow looks much the same.');
    const topics = group([...day, quiet]);
    expect(topics.at(-1)).toMatchObject({ name: 'Other', kind: 'section', section: 'other' });
    expect(storyIds(topics.at(-1))).toEqual([['quiet']]);
  });

  it("names sections in the briefing's language and orders them as briefing.sections says", () => {
    const arabic = { world: 'العالم', politics: 'سياسة', business: 'اقتصاد', technology: 'تكنولوجيا', science: 'علوم', health: 'صحة', sports: 'رياضة', culture: 'ثقافة', other: 'أخرى' };
    const topics = group(day, { topics: [], sourceTopics: new Map(), sectionNames: arabic, sections: ['culture', 'sports', 'world'] });
    expect(topics.map((topic) => topic.name)).toEqual(['ثقافة', 'رياضة', 'العالم']);
  });

  it('shows no story of a section left out of briefing.sections, and keeps it in the JSON', () => {
    const topics = group(day, { topics: [], sourceTopics: new Map(), sections: ['world', 'politics', 'sports'] });
    const culture = topics.find((topic) => topic.section === 'culture');
    expect(topics.at(-1)).toBe(culture);
    expect(culture?.stories.map((story) => story.shown)).toEqual([false]);
    expect(allStories(topics).filter((story) => story.section !== 'culture').every((story) => story.shown)).toBe(true);
  });

  it("takes a source's own section over the words of its stories", () => {
    const topics = group(day, { topics: [], sourceTopics: new Map(), sourceSections: new Map([['The Guardian', 'science' as const]]) });
    expect(byName(topics, 'Science')?.stories.map((story) => story.sectionReason)).toEqual([{ signal: 'source', evidence: ['The Guardian'] }]);
  });

  it('names stories after their fullest article and summarises them', () => {
    const [story] = byName(group(day), 'Elections')?.stories ?? [];
    expect(story?.title).toBe(electionReuters.title);
    expect(story?.language).toBe('en');
    expect(story?.summary.startsWith("Portugal's Socialist Party won Sunday's snap parliamentary election")).toBe(true);
    const [arabic] = byName(group(day), 'Diplomacy')?.stories ?? [];
    expect(arabic).toMatchObject({ language: 'ar', dir: 'rtl' });
  });

  it('records the similarity that joined each article to its story', () => {
    const [story] = byName(group(day), 'Elections')?.stories ?? [];
    expect(story?.merged).toHaveLength(1);
    expect(story?.merged[0]?.similarity).toBeGreaterThanOrEqual(0.2);
    expect(story?.merged[0]?.similarity).toBeLessThanOrEqual(1);
  });

  it('explains every article but one of a story that four outlets covered', () => {
    const topics = group([sumatraReuters, sumatraAp, sumatraAlJazeera, sumatraJakartaPost, vermeer]);
    const story = allStories(topics).find(isStoryOf(sumatraReuters))!;
    expect(story.articles).toHaveLength(4);
    const explained = story.merged.map((entry) => entry.articleId);
    expect(new Set(explained).size).toBe(3);
    expect(story.articles.filter((item) => !explained.includes(item.id))).toHaveLength(1);
  });

  it('ranks a story covered by more distinct outlets first, though another is newer', () => {
    const quakes = group(day).find((topic) => topic.stories.some(isStoryOf(peruAfp)));
    expect(quakes?.stories.map((story) => story.articles[0]?.source)).toEqual(['Reuters', 'AFP']);
  });

  it('counts the outlets of folded copies when ranking', () => {
    const reprint = { ...vermeer, id: 'vermeer-observer', source: 'The Observer', url: 'https://observer.example/vermeer' };
    const sourceSections = new Map([['The Guardian', 'culture' as const], ['Sports Desk', 'culture' as const]]);
    const other = byName(group([football, vermeer, reprint], { topics: [], sourceTopics: new Map(), sourceSections }), 'Culture');
    expect(other?.stories.map((story) => story.articles[0]?.id)).toEqual(['vermeer-guardian', 'football-sportsdesk']);
    expect(other?.stories[0]?.articles[0]?.duplicates?.map((copy) => copy.source)).toEqual(['The Observer']);
  });

  it('shows the best maxStories stories and keeps the rest in the JSON', () => {
    const topics = group(day, { maxStories: 3 });
    expect(allStories(topics)).toHaveLength(6);
    expect(allStories(topics).flatMap((story) => story.articles)).toHaveLength(day.length);
    // Three stories carried by two outlets each, ahead of the single-outlet ones.
    expect(shownTitles(topics).sort()).toEqual([lavrovRt.title, electionReuters.title, sumatraReuters.title].sort());
  });

  it('shows at most maxStoriesPerTopic stories of a topic', () => {
    const topics = group(day, { maxStoriesPerTopic: 1 });
    expect(allStories(topics).filter((story) => !story.shown).map((story) => story.title)).toEqual([peruAfp.title]);
  });

  it("shows each section's best story before a busy section shows more, in a long enough email", () => {
    const world = worldWires(6);
    const match = article('derby', 'Sports Desk', '2026-03-02T20:00:00Z', 'City win the derby', 'City beat United 2-1 in the derby on Monday night, with a late goal from their captain.');
    const sourceSections = new Map([['Wire A', 'world' as const], ['Wire B', 'world' as const], ['Sports Desk', 'sports' as const]]);
    const shown = (maxStories: number) => allStories(groupArticles([...world, match], { topics: [], sourceSections, maxStories })).filter((story) => story.shown);
    expect(shown(8).map((story) => story.section).sort()).toEqual(['sports', 'world', 'world', 'world', 'world', 'world', 'world']);
    expect(shown(4).filter((story) => story.section === 'sports')).toHaveLength(1);
    // A short email is the day's best stories: the two-outlet ones.
    expect(shown(3).every((story) => story.section === 'world')).toBe(true);
  });

  it("does not count the Top stories against their own section's cap", () => {
    const sourceSections = new Map([['Wire A', 'world' as const], ['Wire B', 'world' as const]]);
    const topics = groupArticles(worldWires(4), { topics: [], sourceSections, maxStories: 10, maxStoriesPerTopic: 2, topStories: 2 });
    expect(topics.map((topic) => [topic.kind, topic.stories.filter((story) => story.shown).length])).toEqual([['top', 2], ['section', 2]]);
  });

  it('applies both caps together', () => {
    const topics = group(day, { maxStories: 4, maxStoriesPerTopic: 1 });
    expect(shownTitles(topics).sort()).toEqual([lavrovRt.title, electionReuters.title, sumatraReuters.title, football.title].sort());
    expect(allStories(topics)).toHaveLength(6);
  });
});
