import { describe, expect, it } from 'vitest';
import { analyzeTerms, forEachTerm, rememberedTokens, tokenHash } from '../../src/text/analyzeTerms.js';

const specificOf = (text: string, language: string) =>
  Object.fromEntries(analyzeTerms(text, language).map((term) => [term.surface, term.specific]));

describe('analyzeTerms', () => {
  it('drops stop words and keeps content words, stemmed', () => {
    const keys = analyzeTerms('The talks in Geneva collapsed on Friday.', 'en').map((term) => term.key);
    expect(keys).toEqual(['talk', 'geneva', 'collaps', 'friday']);
  });

  it("reads an English headline's short words as the text's long ones: quake, govt, probe", () => {
    const keys = (text: string) => analyzeTerms(text, 'en').map((term) => term.key);
    expect(keys('Colombia quake toll rises')).toEqual(keys('Colombia earthquake toll rises'));
    expect(keys('govt orders probe into deaths')).toEqual(keys('government orders investigation into deaths'));
    expect(keys('quake')).not.toEqual(analyzeTerms('quake', 'fr').map((term) => term.key));
  });

  it("reads an English possessive as the word it names, with either apostrophe, and still as a name", () => {
    const terms = analyzeTerms("The Fed's Plosser praised Apple’s phones and the Smiths' house.", 'en');
    expect(terms.map((term) => term.key)).toEqual(['fed', 'plosser', 'prais', 'appl', 'phone', 'smith', 'hous']);
    expect(terms.find((term) => term.key === 'appl')).toMatchObject({ surface: 'Apple', specific: true });
    // Other languages keep it: a Dutch "auto's" is the plural, stemmed as Dutch stems it.
    expect(analyzeTerms("auto's", 'nl').map((term) => term.key)).not.toEqual(analyzeTerms('auto', 'nl').map((term) => term.key));
  });

  it('reads a number written with thousands separators as its digits, in either script', () => {
    const keys = (text: string, language: string) => analyzeTerms(text, language).map((term) => term.key);
    const tobacco = keys('Tobacco used 12,300 years ago by 12 people', 'en');
    expect(tobacco).toContain('12300');
    expect(tobacco).not.toContain('300');
    expect(tobacco.filter((key) => key === '12')).toHaveLength(1);
    expect(keys('MtGox faced 150,000 attacks', 'en')).toEqual(keys('MtGox faced 150000 attacks', 'en'));
    expect(keys('غرامة ٣٠٬٠٠٠ دولار', 'ar')).toContain('30000');
  });

  it('flags as Arabic names the words after a title or a kind of place, as capitals flag English ones', () => {
    const specific = (text: string) => analyzeTerms(text, 'ar').filter((term) => term.specific).map((term) => term.surface);
    expect(specific('قتلى في تفجير انتحاري شرقي مدينة سرت الليبية')).toEqual(['سرت', 'الليبية']);
    expect(specific('أعلن الرئيس دونالد ترامب انسحاب بلاده من الاتفاق')).toEqual(['دونالد', 'ترامب']);
    // A comma ends the name.
    expect(specific('زار الرئيس، ثم غادر المدينة')).toEqual([]);
  });

  it('drops Arabic stop words, whatever their spelling', () => {
    const surfaces = analyzeTerms('قال الوزير إن المحادثات فى جنيف ستستمر', 'ar').map((term) => term.surface);
    expect(surfaces).not.toContain('فى');
    expect(surfaces).not.toContain('إن');
    expect(surfaces).toContain('المحادثات');
  });

  it('flags names inside a sentence and numbers as specific', () => {
    const specific = specificOf('The talks in Geneva ended on Friday with 12 prisoners freed.', 'en');
    expect(specific).toMatchObject({ Geneva: true, Friday: false, '12': true, talks: false, prisoners: false });
  });

  it('reads "WHO" as the health agency, a name, where "who" is a stop word', () => {
    expect(specificOf('The head of the WHO said the Ebola outbreak, which killed 2,000, is not over', 'en')).toMatchObject({ WHO: true });
    expect(analyzeTerms('Officials who met on Friday', 'en').map((term) => term.key)).not.toContain('who');
  });

  it('keeps "GM" and "UN" as names, though stopwords-iso lists them as country codes', () => {
    expect(specificOf('Lawyers hired by GM met the UN and Microsoft about the recall', 'en')).toMatchObject({ GM: true, UN: true });
    expect(analyzeTerms('Let us go on, gm', 'en').map((term) => term.key)).toEqual([]);
  });

  it('does not flag a common noun written in capitals as a name', () => {
    expect(specificOf('Why the CEO of Unilever sees it as a tech company, whatever the GDP figures say', 'en')).toMatchObject({ CEO: false, GDP: false, Unilever: true });
  });

  it('does not flag a date as a name: every article of a day shares it', () => {
    expect(specificOf('Your horoscope for Tuesday, September 21, 2021', 'en')).toMatchObject({ Tuesday: false, September: false, '21': false, '2021': false });
    expect(specificOf('TeleRadyo Balita (21 September 2021)', 'en')).toMatchObject({ '21': false, September: false, '2021': false });
    expect(specificOf('قتل 12 شخصا في دمشق يوم الثلاثاء 13 مارس 2018', 'ar')).toMatchObject({ '12': true, '13': false, مارس: false, '2018': false });
  });

  it('still flags a number after a date, a comma between, and a year alone', () => {
    expect(specificOf('On 21 September, 300 people died; in 2020 only 45.', 'en')).toMatchObject({ '21': false, '300': true, '2020': true, '45': true });
  });

  it('flags Arabic-Indic numbers and decimals as specific, keyed by their ASCII digits', () => {
    const terms = analyzeTerms('ضرب زلزال بقوة 7.6 درجات في عام ٢٠٢٦', 'ar');
    expect(terms.filter((term) => term.specific).map((term) => term.key)).toEqual(['7.6', '2026']);
  });

  it('does not flag a capitalised word that starts a sentence', () => {
    const specific = specificOf('Officials met in Geneva. Negotiators said talks would resume! Diplomats agreed? Prisoners were freed.', 'en');
    expect(specific).toMatchObject({ Officials: false, Negotiators: false, Diplomats: false, Prisoners: false, Geneva: true });
  });

  it('flags a brand written in lower case with a capital inside as a name, even opening a sentence', () => {
    expect(specificOf('iPhone 6 concept shown. Buyers wait for the new iPhone on eBay', 'en')).toMatchObject({ iPhone: true, eBay: true, concept: false });
  });

  it('does not flag a capitalised word after a colon, which capitalises by position', () => {
    expect(specificOf('Spring cold snap: Cold, wet day for most of Canterbury', 'en')).toMatchObject({ Cold: false, Canterbury: true });
  });

  it('still flags a name after an abbreviation, which ends no sentence', () => {
    expect(specificOf('Talks with Mr. Smith resumed.', 'en')).toMatchObject({ Smith: true });
  });

  it('analyses a token by its language, though it remembers tokens across texts', () => {
    const text = 'Elections were held. The elections collapsed.';
    expect(analyzeTerms(text, 'en').map((term) => term.key)).toEqual(['elect', 'held', 'elect', 'collaps']);
    expect(analyzeTerms(text, 'und').map((term) => term.key)).toEqual(['elections', 'held', 'elections', 'collapsed']);
    expect(analyzeTerms(text, 'en')).toEqual(analyzeTerms(text, 'en'));
  });

  it('flags a remembered word as a name only where it stands inside a sentence', () => {
    const specific = analyzeTerms('Geneva hosted talks. Delegates reached Geneva.', 'en').map((term) => [term.surface, term.specific]);
    expect(specific).toEqual([
      ['Geneva', false],
      ['hosted', false],
      ['talks', false],
      ['Delegates', false],
      ['reached', false],
      ['Geneva', true],
    ]);
  });

  it('hands forEachTerm\'s visitor the terms analyzeTerms lists, in order', () => {
    const text = 'Geneva hosted talks. Delegates reached Geneva on 12 March.\n\nقال الوزير إن المحادثات في جنيف ستستمر';
    for (const language of ['en', 'ar']) {
      const visited: { key: string; surface: string; specific: boolean }[] = [];
      forEachTerm(text, language, (key, specific, surface) => {
        visited.push({ key, surface, specific });
      });
      expect(visited).toEqual(analyzeTerms(text, language));
    }
  });

  it('remembers a bounded number of tokens', () => {
    const limit = 500_000;
    for (let start = 0; start < limit + 20_000; start += 20_000) {
      const words = Array.from({ length: 20_000 }, (_, index) => `w${(start + index).toString(36)}`);
      analyzeTerms(words.join(' '), 'und');
      expect(rememberedTokens()).toBeLessThanOrEqual(limit);
    }
    expect(rememberedTokens()).toBeGreaterThan(0);
    expect(analyzeTerms('Elections were held.', 'en').map((term) => term.key)).toEqual(['elect', 'held']);
  });

  it('tells apart tokens whose hashes collide, and tokens that differ only in length', () => {
    // The first two made-up words with one hash: a birthday search over 30 bits finds them quickly.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let index = 0; !pair; index++) {
      const word = `zq${index.toString(36)}`;
      const other = seen.get(tokenHash(word));
      if (other === undefined) seen.set(tokenHash(word), word);
      else pair = [other, word];
    }
    const [first, second] = pair;
    expect(tokenHash(first)).toBe(tokenHash(second));
    expect(analyzeTerms(`${first} ${second} ${first}`, 'und').map((term) => term.key)).toEqual([first, second, first]);
    expect(analyzeTerms('council councils council', 'und').map((term) => term.key)).toEqual(['council', 'councils', 'council']);
  });
});
