import { normalizeText } from './normalize.js';
import { isAbbreviation } from './splitSentences.js';
import { stem } from './stem.js';
import { stopwordsFor } from './stopwords.js';
import { wordEnd } from './wordEnd.js';

export interface Term {
  /** Normalised, stemmed form: what is compared. */
  key: string;
  /** The word as written, for labels shown to people. */
  surface: string;
  /**
   * A capitalised word inside a sentence (a name), an Arabic word right after a title or kind of
   * place ("الرئيس", "مدينة"), or a number: evidence of one particular event.
   */
  specific: boolean;
}

/** All that analysing one token says, whatever its place in the text. */
interface Token {
  /** The token as it stands in the text: what the memo compares. */
  raw: string;
  /** The token without trailing full stops, apostrophes and hyphens: the surface. */
  word: string;
  /** A full stop glued to the word ends the sentence (it is no abbreviation). */
  endsSentence: boolean;
  /** The term's key, or undefined for a stop word or a single character. */
  key: string | undefined;
  /** A number, or a capitalised word (a name unless it opens a sentence). */
  number: boolean;
  capitalised: boolean;
  /** Written in lower case with a capital inside ("iPhone", "eBay"): a name wherever it stands. */
  brand: boolean;
  /** The next token whose text hashes alike. */
  next: Token | undefined;
  /** An Arabic title or kind of place that a name follows ("الرئيس", "مدينة"). */
  namesNext: boolean;
  /** A month or a day of the week: part of a date, which every article of a day shares. */
  calendar: boolean;
}

// News vocabulary repeats: each distinct token of a language is normalised, looked up and stemmed
// once. The memo is found by a hash of the token's characters, computed where the token stands in
// the text, and checked against the text in place: looking it up by the token as a string meant a
// new string, hashed, for each of a run's half a million words, and garbage. It is dropped whole
// when it grows past its bound, as a long-running process would otherwise keep every token it met.
const MAX_TOKENS = 500_000;
const tokens = new Map<string, Map<number, Token>>();
let tokenCount = 0;

/** How many tokens are remembered, for tests of the bound. */
export function rememberedTokens(): number {
  return tokenCount;
}

function memoOf(language: string): Map<number, Token> {
  let memo = tokens.get(language);
  if (!memo) {
    memo = new Map();
    tokens.set(language, memo);
  }
  return memo;
}

/**
 * FNV-1a over the UTF-16 units of text[start, end), kept to 30 bits so that the memo's keys are
 * small integers. Exported for the tests of tokens whose hashes collide.
 */
export function tokenHash(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash & 0x3fffffff;
}

/** The token text[start, end), from the memo of its language or analysed now. */
function tokenAt(text: string, start: number, end: number, language: string, memo: Map<number, Token>): Token {
  const hash = tokenHash(text, start, end);
  const length = end - start;
  for (let known = memo.get(hash); known; known = known.next) {
    if (known.raw.length === length && text.startsWith(known.raw, start)) return known;
  }
  // Each language's memo is emptied in place, so that a caller may hold on to it.
  if (tokenCount >= MAX_TOKENS) {
    for (const known of tokens.values()) known.clear();
    tokenCount = 0;
  }
  const token = analyzeToken(text.slice(start, end), language);
  token.next = memo.get(hash);
  memo.set(hash, token);
  tokenCount++;
  return token;
}

// A sentence mark standing alone (one glued to a word is part of the word: "Friday.", "U.S."). After
// a colon or a line break a capital is as much a matter of position ("Spring cold snap: Cold, wet
// day"), so the word after them is no name by its capital either.
const SENTENCE_MARKS = new Set(['.', '!', '?', '؟', '。', ':'].map((mark) => mark.charCodeAt(0)));

/** The token without the full stops, apostrophes and hyphens that end it (/[.'’-]+$/u). */
function withoutTrailingMarks(raw: string): string {
  let end = raw.length;
  for (let code = raw.charCodeAt(end - 1); code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d; code = raw.charCodeAt(end - 1)) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

// Arabic writes no capitals: a name is known by the title or kind of place before it ("الرئيس
// دونالد ترامب", "مدينة درنة"). Written in normalised form (see normalizeText).
const ARABIC_NAME_CUES = new Set(
  ['الرئيس', 'رئيس', 'الوزير', 'وزير', 'الملك', 'الامير', 'الشيخ', 'السيد', 'السيده', 'اللاعب', 'لاعب', 'المدرب', 'مدرب', 'النجم', 'نجم', 'الفنان', 'الفنانه', 'الممثل', 'الممثله', 'المخرج', 'الكاتب', 'السفير', 'الجنرال', 'المشير', 'العقيد', 'اللواء', 'الزعيم', 'المرشح', 'النائب', 'القاضي', 'المتحدث', 'مدينه', 'بلده', 'قريه', 'محافظه', 'ولايه', 'اقليم', 'منطقه', 'جزيره', 'مطار', 'ميناء', 'نادي', 'فريق', 'شركه', 'جامعه', 'صحيفه', 'وكاله'].map((word) => normalizeText(word)),
);

// Months and days of the week, in English and Arabic (both the Egyptian and the Levantine month
// names), normalised. A date names no event: "September 21" is in the day's horoscope, its cartoons
// and its television rundown alike, so neither the month nor a number beside it counts as a name.
const CALENDAR = new Set(
  [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
    'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
    'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
  ].map((word) => normalizeText(word)),
);

// Common nouns that English writes in capitals: "CEO" in a piece on L'Oréal's strategy and in a
// podcast on boards firing theirs names no one in particular, as "chief executive" would not.
const COMMON_ACRONYMS = new Set(['ceo', 'ceos', 'cfo', 'cto', 'coo', 'gdp', 'ai', 'tv', 'ipo', 'etf', 'ev', 'evs', 'nft', 'cpi', 'vat', 'dui', 'dna', 'icu', 'mvp', 'pm', 'mp', 'mps', 'diy', 'faq', 'vip', 'ufo']);

// English acronyms that lower-case into a stop word: "WHO" is the health agency, not "who", and
// "GM", "GE" and "UN" name a carmaker, a conglomerate and the United Nations (stopwords-iso lists
// them with the two-letter country codes). ("US" stays out as "us" does: a term for the country
// most English news is about joined one US swimmer's gold to another's, OG2021 half A 0.789 →
// 0.709.)
const ENGLISH_ACRONYMS: Readonly<Record<string, string>> = { WHO: 'who', GM: 'gm', GE: 'ge', UN: 'un' };

const YEAR = /^(?:19|20)\d\d$/;

// A name runs to two words after its cue ("الرئيس دونالد ترامب", "الرئيس الأمريكي ترامب").
const NAME_RUN = 2;

// Headlines shorten words that the text spells out: one outlet's "quake" is another's "earthquake".
const HEADLINESE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { quake: 'earthquake', quakes: 'earthquakes', govt: 'government', probe: 'investigation', probes: 'investigations', probed: 'investigated', probing: 'investigating' },
};

// An English possessive names what its word names: "Fed's Plosser" is about the Fed, "Apple’s
// iPhone" about Apple. The stemmer leaves the ending on, so without this a headline's "Trump's"
// and a text's "Trump" were two terms.
export const POSSESSIVE = /['’]s$/i;

function analyzeToken(raw: string, language: string): Token {
  const written = withoutTrailingMarks(raw);
  const word = language === 'en' && written.length > 3 ? written.replace(POSSESSIVE, '') : written;
  const token: Token = { raw, word, endsSentence: false, key: undefined, number: false, capitalised: false, brand: false, next: undefined, namesNext: false, calendar: false };
  // The word pattern swallows a full stop glued to the word ("Friday. Officials said"), so the
  // sentence ends here unless the word is an abbreviation ("Mr. Smith", "U.S. officials").
  token.endsSentence = written.length < raw.length && raw.includes('.', written.length) && !isAbbreviation(written);
  if (!/[\p{L}\p{N}]/u.test(word)) return token;
  const acronym = language === 'en' ? ENGLISH_ACRONYMS[word] : undefined;
  if (acronym) {
    token.key = acronym;
    token.capitalised = true;
    return token;
  }
  const normalized = normalizeText(word);
  token.namesNext = ARABIC_NAME_CUES.has(normalized);
  token.calendar = CALENDAR.has(normalized);
  if (normalized.length < 2 || stopwordsFor(language).has(normalized)) return token;
  token.number = /^\d[\d.,\u066c]*$/.test(normalized);
  token.brand = /^\p{Ll}+\p{Lu}/u.test(word);
  token.capitalised = (/^\p{Lu}/u.test(word) || token.brand) && !(language === 'en' && COMMON_ACRONYMS.has(normalized));
  // A number is its digits: "150,000", "150000" and the Arabic "١٥٠٬٠٠٠" are one term.
  token.key = token.number ? normalized.replace(/[,\u066c]/g, '') : stem(HEADLINESE[language]?.[normalized] ?? normalized, language);
  return token;
}

/**
 * The content terms of a text in order: stop words, single characters and single digits dropped;
 * names and numbers flagged, since two earthquakes share "quake" and "magnitude" but not
 * "Sumatra" or "7.6".
 */
export function analyzeTerms(text: string, language: string): Term[] {
  const terms: Term[] = [];
  forEachTerm(text, language, (key, specific, surface) => terms.push({ key, surface, specific }));
  return terms;
}

/**
 * The terms of {@link analyzeTerms}, handed to `visit` one by one: for callers that go through
 * every term of every article (vectors), an object per term would be most of what they allocate.
 * `splitNames` reads names joined by a hyphen or full stop as the names they are (see wordEnd):
 * where capitals mean names, not in a Title Case headline ("Open-Air").
 */
export function forEachTerm(text: string, language: string, visit: (key: string, specific: boolean, surface: string) => void, splitNames = false): void {
  let sentenceStart = true;
  // Words still to come of a name an Arabic cue announced.
  let namesLeft = 0;
  const memo = memoOf(language);
  // A number waits for the next word: before a month ("21 September") it is a date, no name.
  let waiting: Token | undefined;
  let waitingSpecific = false;
  // The last word was a month or part of a date, with only spaces or a comma since; after a comma
  // only a year goes on with the date ("September 21, 2021", not "on 21 September, 300 died").
  let inDate = false;
  let comma = false;
  const flush = (dated: boolean) => {
    if (waiting) visit(waiting.key!, waitingSpecific && !dated, waiting.word);
    waiting = undefined;
  };
  for (let index = 0; index < text.length; ) {
    const end = wordEnd(text, index, splitNames);
    if (end === index) {
      const code = text.charCodeAt(index);
      if (SENTENCE_MARKS.has(code)) sentenceStart = true;
      if (code !== 0x20) namesLeft = 0;
      if (code === 0x2c || code === 0x060c) comma = true;
      else if (code !== 0x20) {
        flush(false);
        inDate = false;
      }
      index++;
      continue;
    }
    const token = tokenAt(text, index, end, language, memo);
    index = end;
    const startsSentence = sentenceStart;
    sentenceStart = token.endsSentence;
    const named = namesLeft > 0 && !token.namesNext;
    namesLeft = token.namesNext ? NAME_RUN : namesLeft > 0 ? namesLeft - 1 : 0;
    flush(token.calendar);
    const dated: boolean = token.calendar || (token.number && inDate && (!comma || YEAR.test(token.word)));
    inDate = dated && !token.endsSentence;
    comma = false;
    if (token.key === undefined) continue;
    const specific = token.number || (token.capitalised && (!startsSentence || token.brand)) || named;
    if (token.number && !dated && !token.endsSentence) {
      waiting = token;
      waitingSpecific = specific;
    } else visit(token.key, specific && !dated, token.word);
  }
  flush(false);
}
