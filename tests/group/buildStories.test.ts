import { describe, expect, it } from 'vitest';
import { buildStories } from '../../src/group/buildStories.js';
import { vectorize } from '../../src/group/vectorize.js';
import type { Article } from '../../src/types.js';
import { article, sumatraAp, sumatraReuters } from './newsArticles.js';

const at = '2026-03-13T09:00:00Z';
const summons = article('summons', 'BBC', at, 'Russia summons British ambassador over spy poisoning', 'Moscow summoned the British ambassador on Tuesday over the poisoning of a former spy in Salisbury.');
const deadline = article('deadline', 'Reuters', at, 'Russia ignores British deadline over spy poisoning', 'Russia let a British deadline pass without explaining how a nerve agent was used to poison a former spy.');
const denies = article('denies', 'AP', at, 'Russia denies role in poisoning of former spy', 'The Kremlin denied any role in the poisoning of the former spy and his daughter, calling the accusations nonsense.');
// A press review touches the story among others: its text is the fullest, its headline another story's.
const review = article(
  'review',
  'France 24',
  at,
  'Press review: mercenaries defend Russian interests in Syria',
  'Papers today look at eastern Ghouta and Afrin. Russia rejected the British deadline over the poisoning of the former spy and summoned the ambassador. ' +
    'Others write about mercenaries who defend Russian interests in Syria, about oil prices and about the football league. '.repeat(4),
);

/** The articles as one story (every one a member, linked to the first), with vectorize's headline terms. */
function story(articles: readonly Article[], similarity = 0.3) {
  const cluster = { members: articles.map((_, index) => index), links: articles.slice(1).map((_, index) => ({ member: index + 1, similarity })) };
  const { headlines, vectors } = vectorize(articles);
  return buildStories(articles, [cluster], headlines, vectors)[0]!;
}

describe('buildStories', () => {
  it('lets the article whose headline is most like the others speak for the story, not a press review that touches it', () => {
    const built = story([review, summons, deadline, denies]);
    expect(built.title).not.toBe(review.title);
    expect(built.articles.at(-1)!.id).toBe('review');
  });

  it('lets a headline that says what happened speak for the story, not one that says what kind of piece it is', () => {
    const video = article('video', 'Sky', at, 'Watch: Russia summons British ambassador', `${summons.text} The video shows the ambassador arriving at the ministry in Moscow.`);
    expect(story([video, summons], 0.6).title).toBe(summons.title);
    const programme = article('programme', 'France 24', at, 'نشرة خاصة على فرانس24 حول قرار ترامب بشأن النووي الإيراني', 'تغطية خاصة على فرانس 24 حول إعلان ترامب قراره بشأن الاتفاق النووي مع إيران، مع مراسلينا في واشنطن وطهران وباريس.');
    const decision = article('decision', 'BBC', at, 'ترامب يعلن انسحاب بلاده من الاتفاق النووي الإيراني', 'أعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي مع إيران.');
    expect(story([programme, decision], 0.4).title).toBe(decision.title);
    const explainer = article('explainer', 'Times of India', at, 'Why did Russia summon the British ambassador?', `${summons.text} Here is what we know about the row and what may come next.`);
    expect(story([explainer, summons], 0.6).title).toBe(summons.title);
  });

  it('lets the news head a story its explainers fill, though their headlines are more like one another', () => {
    const explainers = [
      article('need', 'BBC', at, 'Spy poisoning: What you need to know about the Salisbury attack', 'The former spy and his daughter were found on a bench in Salisbury; here is what we know.'),
      article('questions', 'BBC', at, 'Spy poisoning: Your questions answered about the Salisbury attack', 'Readers asked about the nerve agent, the investigation and the risk to the public.'),
      article('what', 'BBC', at, 'Spy poisoning: What is a nerve agent and who made the Salisbury one?', 'Nerve agents block a chemical in the body that controls the muscles.'),
    ];
    expect(story([...explainers, summons]).title).toBe(summons.title);
  });

  it('heads a story with the highest death toll its headlines give, as tolls rise through a day', () => {
    const early = article('early', 'CNN', at, 'Gunman kills at least 9 in rampage across Nova Scotia', 'A gunman killed at least nine people in a shooting rampage across rural Nova Scotia, police said, in a text longer than the other.');
    const later = article('later', 'WSJ', at, 'Nova Scotia Shooting Rampage Kills at Least 16', 'At least 16 people were killed in a shooting rampage in Nova Scotia.');
    expect(story([early, later], 0.5).title).toBe(later.title);
    const arabicEarly = article('ar-early', 'Outlet A', at, 'مقتل 43 فلسطينيا في غزة', 'قتل 43 فلسطينيا برصاص الجيش الإسرائيلي على حدود غزة في نص أطول من الآخر بكثير.');
    const arabicLater = article('ar-later', 'Outlet B', at, 'مقتل 55 فلسطينيا في غزة', 'ارتفع عدد القتلى إلى 55.');
    expect(story([arabicEarly, arabicLater], 0.5).title).toBe(arabicLater.title);
  });

  it('in a story of two, lets the fullest text speak', () => {
    expect(story([sumatraAp, sumatraReuters], 0.6).title).toBe(sumatraReuters.title);
  });

  it('among central headlines, prefers the text closest to the whole story over a longer one that goes on to background', () => {
    // All three headlines share Russia, spy and poisoning; the AP text is the longest, for its background.
    const background = article(
      'background',
      'AP',
      at,
      denies.title,
      `${denies.text} Salisbury is a cathedral city in Wiltshire whose market, spire and medieval streets draw tourists from across Europe every summer, and whose museum holds Roman coins and a famous copy of Magna Carta.`,
    );
    expect(story([summons, deadline, background]).title).not.toBe(background.title);
  });
});
