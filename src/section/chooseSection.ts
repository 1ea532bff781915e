import type { Article, SectionId, SectionReason } from '../types.js';
import { strongestWords, type ModelReading } from './classifySections.js';
import { mapCategory, type CategoryTable } from './mapCategory.js';
import { readLinkSection } from './readLinkSection.js';
import { SECTION_IDS, type NamedSection } from './sectionIds.js';
import { scoreSections } from './scoreSections.js';

export interface SectionSignals {
  /** The categories table (see compileCategoryTable). */
  categories: CategoryTable;
  /** A source's own `section`, by source name. */
  sourceSections?: ReadonlyMap<string, SectionId>;
}

export interface SectionChoice {
  section: SectionId;
  reason: SectionReason;
}

// Least average weight of hand-written words of a section for the words to choose it: one in the
// lead of every third article, or a place abroad in a lead. Less is a chance word ("bank" in a
// flood report). Words learned from word vectors add to the sections that pass, but alone never
// make one: a stabbing on a playing field is no sports story.
const MIN_TEXT_SCORE = 0.3;
const EVIDENCE_WORDS = 3;
// A language's trained model (Arabic) adds its probabilities to the words' scores at this weight:
// half a word in the lead. Tuned on the Arabic tuning outlets (0.25 to 8 tried; more than 1 costs).
const MODEL_WEIGHT = 0.5;
// Where no written word names a section, the model names it alone when it gives it half the
// probability on average: a trained model says something of every text, not always much.
const MODEL_ALONE = 0.5;

// Sections that say what a story is about; World (and Politics) say where and who.
const TOPICAL = new Set<SectionId>(['business', 'technology', 'science', 'health', 'sports', 'culture']);
// How many times as strongly as they name World a story's words must name a topical section to
// move it off a world desk. Read on the real days: at 2 a tweet went to Technology and a
// photographer's lightning storm to Culture; at 4 the volcano and the tariffs stayed in World.
const CLEARLY = 3;
// The sections a technology desk's story may belong to instead.
const WIDE_DESK = new Set<SectionId>(['health', 'science']);

/**
 * The section of a story, from the strongest signal its articles give: a source that says what it
 * carries ("section": "sports" in sources.json), then the feed items' own categories mapped onto
 * the sections, then, when no item has one, the sections the articles' links are filed under
 * (".../sport/..."), each when at least half of the articles have it; then the words of the
 * headlines and leads, then the categories or links of fewer articles. Each signal is a vote of the
 * articles that have it; the most votes win, a tie broken by the story's words, else by section
 * order. Nothing at all gives `other`.
 */
export function chooseSection(articles: readonly Article[], signals: SectionSignals): SectionChoice {
  const bySource = vote(articles, (article) => {
    const section = signals.sourceSections?.get(article.source);
    return section ? { section, evidence: article.source } : undefined;
  });
  if (bySource) return { section: bySource.section, reason: { signal: 'source', evidence: bySource.evidence } };
  const categorised = new Map(articles.map((article) => [article, sectionOfCategories(article.categories ?? [], signals.categories)]));
  if ([...categorised.values()].some(Boolean)) return byFiling(articles, categorised, 'category');
  const linked = new Map(articles.map((article) => [article, readLinkSection(article.url, signals.categories)]));
  return byFiling(articles, linked, 'link');
}

/**
 * The section the outlets filed a story under (by the items' categories or by their links). A
 * story that most of its outlets did not file anywhere is read by its words first: one outlet's
 * label for a story the others tell as world news is a weak vote. A story filed under World whose
 * words clearly name a topical section goes there (see CLEARLY).
 */
function byFiling(articles: readonly Article[], filed: ReadonlyMap<Article, { section: SectionId; evidence: string } | undefined>, signal: 'category' | 'link'): SectionChoice {
  // Two outlets filing a story under two sections (Sport and International News for a club's new
  // coach): its words choose between them.
  let read: Words | undefined;
  const words = () => (read ??= readWords(articles));
  const fromWords = () => byText(words());
  const winner = vote(articles, (article) => filed.get(article), () => fromWords().section);
  if (!winner) return fromWords();
  const fromFiling: SectionChoice = { section: winner.section, reason: { signal, evidence: winner.evidence } };
  // A world desk says where a story happened, not what it is: a film's box office, a volcano or a
  // duchess's cancer that the international pages carry is still culture, science or health when
  // its words say so clearly (several times as strongly as they name places abroad).
  if (winner.section === 'world' && TOPICAL.has(fromWords().section) && clearly(words(), 'world')) return fromWords();
  // Outlets' science-and-technology desks carry health and science news (ANT's technology pages
  // hold an Ebola outbreak and the moon's effect on sleep): their words say which.
  if (winner.section === 'technology' && WIDE_DESK.has(fromWords().section) && clearly(words(), 'technology')) return fromWords();
  if (2 * [...filed.values()].filter(Boolean).length >= articles.length) return fromFiling;
  const fromText = fromWords();
  return fromText.section === 'other' ? fromFiling : fromText;
}

/**
 * The one section an item's categories name. Outlets that tag subjects rather than file sections
 * ("Urban Areas", "Quantum Computing", "Politics and Government", "India") name several, and then
 * the tags say what the piece touches, not where it belongs: no section.
 */
function sectionOfCategories(categories: readonly string[], table: CategoryTable): { section: SectionId; evidence: string } | undefined {
  let found: { section: SectionId; evidence: string } | undefined;
  for (const category of categories) {
    const section = mapCategory(category, table);
    if (!section) continue;
    if (found && found.section !== section) return undefined;
    found ??= { section, evidence: category };
  }
  return found;
}

/**
 * The section most articles' signals name, ties in section order, or with `prefer` the tied
 * section it names (the words of the story choosing between two outlets' labels).
 */
function vote(articles: readonly Article[], signalOf: (article: Article) => { section: SectionId; evidence: string } | undefined, prefer?: () => SectionId): { section: SectionId; evidence: string[] } | undefined {
  const votes = new Map<SectionId, { count: number; evidence: Set<string> }>();
  for (const article of articles) {
    const signal = signalOf(article);
    if (!signal) continue;
    const entry = votes.get(signal.section) ?? { count: 0, evidence: new Set<string>() };
    entry.count++;
    entry.evidence.add(signal.evidence);
    votes.set(signal.section, entry);
  }
  let best: { section: SectionId; count: number; evidence: Set<string> } | undefined;
  for (const section of SECTION_IDS) {
    const entry = votes.get(section);
    if (entry && (!best || entry.count > best.count)) best = { section, ...entry };
  }
  if (!best) return undefined;
  const top = best.count;
  if (prefer && [...votes.values()].filter((entry) => entry.count === top).length > 1) {
    const preferred = votes.get(prefer());
    if (preferred?.count === top) return { section: prefer(), evidence: [...preferred.evidence] };
  }
  return { section: best.section, evidence: [...best.evidence] };
}

function byText({ best, words, modelWords }: Words): SectionChoice {
  if (!best) return { section: 'other', reason: { signal: 'none' } };
  const listed = distinctWords(words.get(best.section) ?? []);
  const evidence = listed.length > 0 ? listed : distinctWords(modelWords(best.section));
  return { section: best.section, reason: { signal: 'text', evidence: evidence.slice(0, EVIDENCE_WORDS) } };
}

/** Whether the story's words name their section with two words or more, and at least CLEARLY times as strongly as the desk's section. */
function clearly({ best, totals, words }: Words, desk: NamedSection): boolean {
  if (!best) return false;
  return distinctWords(words.get(best.section) ?? []).length >= 2 && best.score >= CLEARLY * (totals.get(desk) ?? 0);
}

/** What the words of a story's headlines and leads say: the section they name most (if any passes MIN_TEXT_SCORE or the model's MODEL_ALONE), every section's total, the words found. */
interface Words {
  best?: { section: NamedSection; score: number };
  totals: Map<NamedSection, number>;
  words: Map<NamedSection, string[]>;
  /** The words the language's model found for a section, strongest first. */
  modelWords: (section: NamedSection) => string[];
}

function readWords(articles: readonly Article[]): Words {
  const totals = new Map<NamedSection, number>();
  const words = new Map<NamedSection, string[]>();
  const written = new Map<NamedSection, number>();
  const modelled = new Map<NamedSection, number>();
  const readings: { language: string; reading: ModelReading }[] = [];
  for (const article of articles) {
    const scored = scoreSections(article);
    for (const [section, score] of scored.written) written.set(section, (written.get(section) ?? 0) + score);
    for (const [section, score] of scored.scores) totals.set(section, (totals.get(section) ?? 0) + score);
    for (const [section, found] of scored.words) words.set(section, [...(words.get(section) ?? []), ...found]);
    if (!scored.model) continue;
    readings.push({ language: article.language, reading: scored.model });
    for (const [section, probability] of scored.model.probabilities) {
      totals.set(section, (totals.get(section) ?? 0) + MODEL_WEIGHT * probability);
      modelled.set(section, (modelled.get(section) ?? 0) + probability);
    }
  }
  const count = Math.max(1, articles.length);
  let best: { section: NamedSection; score: number } | undefined;
  for (const section of SECTION_IDS) {
    if (section === 'other' || ((written.get(section) ?? 0) / count < MIN_TEXT_SCORE && (modelled.get(section) ?? 0) / count < MODEL_ALONE)) continue;
    const score = totals.get(section) ?? 0;
    if (!best || score > best.score) best = { section, score };
  }
  const modelWords = (section: NamedSection) => readings.flatMap(({ language, reading }) => strongestWords(language, reading, section, EVIDENCE_WORDS));
  return { ...(best ? { best } : {}), totals, words, modelWords };
}

/** The words in order, each once whatever its case ("Earthquake", "earthquake"). */
function distinctWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
