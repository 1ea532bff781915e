import { describe, expect, it } from 'vitest';
import { chooseSection } from '../../src/section/chooseSection.js';
import { compileCategoryTable } from '../../src/section/mapCategory.js';
import type { Article } from '../../src/types.js';
import { article, electionBbc, electionReuters, football, lavrovRt, lavrovSputnik, peruAfp, sumatraAp, sumatraReuters, vermeer } from '../group/newsArticles.js';

const categories = compileCategoryTable();
const withCategories = (item: Article, ...list: string[]): Article => ({ ...item, categories: list });

const derby = article(
  'derby-ar',
  'Kooora',
  '2026-03-03T20:00:00Z',
  'الهلال يفوز على النصر بهدفين في ديربي الرياض',
  'حقق فريق الهلال فوزا ثمينا على غريمه النصر بنتيجة 2-1 في المباراة التي جمعتهما مساء الثلاثاء ضمن الجولة العشرين من دوري روشن السعودي للمحترفين، ليعزز صدارته لجدول الترتيب.',
);
const oilPrices = article(
  'oil-ar',
  'Al Iqtisadiah',
  '2026-03-03T12:00:00Z',
  'أسعار النفط ترتفع مع تراجع مخزونات الخام الأمريكية',
  'ارتفعت أسعار النفط في تعاملات الثلاثاء بعدما أظهرت بيانات تراجع مخزونات الخام في الولايات المتحدة، وصعدت العقود الآجلة لخام برنت إلى 84 دولارا للبرميل، وسط توقعات بزيادة الطلب.',
);
const weather = article('weather', 'Local', null, 'A quiet Tuesday', 'Nothing much happened today, and tomorrow looks much the same.');

describe('chooseSection', () => {
  it('reads the section from the words of the headline and lead, in English and Arabic', () => {
    expect(chooseSection([electionReuters, electionBbc], { categories }).section).toBe('world');
    expect(chooseSection([sumatraReuters, sumatraAp], { categories }).section).toBe('world');
    expect(chooseSection([vermeer], { categories }).section).toBe('culture');
    expect(chooseSection([football], { categories }).section).toBe('sports');
    expect(chooseSection([lavrovRt, lavrovSputnik], { categories }).section).toBe('world');
    expect(chooseSection([derby], { categories }).section).toBe('sports');
    expect(chooseSection([oilPrices], { categories }).section).toBe('business');
  });

  it('says which words decided, each once whatever its case', () => {
    const { reason } = chooseSection([peruAfp], { categories });
    expect(reason.signal).toBe('text');
    expect(reason.evidence?.length).toBeGreaterThan(0);
    const lower = reason.evidence!.map((word) => word.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    for (const word of lower) expect(`${peruAfp.title} ${peruAfp.text}`.toLowerCase()).toContain(word);
  });

  it('lets the Arabic model file a story no listed word names, and says which words it read', () => {
    const folktales = article('tales-ar', 'Al Bayan', null, 'حكايات الجدات في ليالي الشتاء', 'كانت الجدات يجمعن الأحفاد حول الموقد ويروين قصصا عن الأبطال والجن والكنوز.');
    const choice = chooseSection([folktales], { categories });
    expect(choice.section).toBe('culture');
    expect(choice.reason.signal).toBe('text');
    for (const word of choice.reason.evidence!) expect(`${folktales.title} ${folktales.text}`).toContain(word);
    // Where the model is unsure (a car's brakes: technology or world?), the story stays in Other.
    const brakes = article('brakes-ar', 'Al Bayan', null, 'كيف تتصرف إذا تعطلت مكابح سيارتك؟', 'خطوات بسيطة تساعد السائق على التعامل مع الموقف بهدوء حتى يتوقف بأمان.');
    expect(chooseSection([brakes], { categories }).section).toBe('other');
  });

  it('reads a listed name only as written or in its plural, not as another name that stems alike', () => {
    // "Edwards" (a 2004 running mate) is listed for Politics; "Edward" is somebody else.
    const lighthouse = article('lighthouse', 'Mail', null, 'Edward Short puts his lighthouse home on the market', 'Edward Short, 52, spent a decade on the house above the beach in Devon.');
    expect(chooseSection([lighthouse], { categories }).section).not.toBe('politics');
    const running = article('edwards', 'Wire', null, 'Edwards attacks Cheney over Iraq in running-mate debate', 'John Edwards said the vice-president had misled voters about the war.');
    expect(chooseSection([running], { categories }).section).toMatch(/politics|world/);
    const superfan = article('superfan', 'Mail', null, "Trolls mock McDonald's superfan", 'She won free meals for a year.');
    expect(chooseSection([superfan], { categories }).section).toBe('business');
  });

  it("takes the feed's own category over the words", () => {
    const choice = chooseSection([withCategories(vermeer, 'News', 'Business'), vermeer], { categories });
    expect(choice).toEqual({ section: 'business', reason: { signal: 'category', evidence: ['Business'] } });
    const mine = compileCategoryTable({ 'Kultur': 'culture' });
    expect(chooseSection([withCategories(oilPrices, 'Kultur')], { categories: mine }).section).toBe('culture');
  });

  it("reads a story by its words when fewer than half of its articles carry a category", () => {
    // One outlet files an earthquake report under "Technology"; the other two file it nowhere.
    const choice = chooseSection([withCategories(sumatraReuters, 'Technology'), sumatraAp, { ...sumatraAp, id: 'sumatra-copy' }], { categories });
    expect(choice.section).toBe('world');
    expect(choice.reason.signal).toBe('text');
    // With no words to go by, the one category still decides.
    expect(chooseSection([withCategories(weather, 'Technology'), weather, weather], { categories }).section).toBe('technology');
  });

  it('files a story a world desk carries under the section its words clearly name', () => {
    const boxOffice = article('box-office', 'World Desk', null, 'Chinese war film beats Bond and Marvel at the box office', 'The film took more at cinemas in its second weekend than any movie this year, and the director thanked its actors and audiences.');
    expect(chooseSection([withCategories(boxOffice, 'World')], { categories })).toMatchObject({ section: 'culture', reason: { signal: 'text' } });
    expect(chooseSection([{ ...derby, url: 'https://news.example/world/middle-east-123' }], { categories }).section).toBe('sports');
  });

  it('files a story a science-and-technology desk carries under Health or Science when its words clearly say so', () => {
    const outbreak = article('outbreak', 'Tech Desk', null, 'Ebola returns to Congo, killing 17', 'Health officials confirmed the outbreak after patients showed symptoms of the virus; vaccination teams and doctors are on their way.');
    expect(chooseSection([withCategories(outbreak, 'Technology')], { categories })).toMatchObject({ section: 'health', reason: { signal: 'text' } });
    const phone = article('phone', 'Tech Desk', null, 'New phone adds a health app', 'The smartphone maker released a software update with faster chips, a new camera app and longer battery life.');
    expect(chooseSection([withCategories(phone, 'Technology')], { categories }).section).toBe('technology');
  });

  it('keeps the story of a world desk in World when its words name a section only in passing', () => {
    const talks = article('talks', 'World Desk', null, 'Ceasefire talks in Cairo resume', 'Negotiators from Israel and Hamas met in Egypt on Tuesday; a football match in the city was postponed.');
    expect(chooseSection([withCategories(talks, 'Middle East')], { categories }).section).toBe('world');
  });

  it('takes no section from subject tags that point to several sections', () => {
    const tagged = withCategories(vermeer, 'Urban Areas', 'Quantum Computing', 'Politics and Government', 'India');
    expect(chooseSection([tagged], { categories })).toMatchObject({ section: 'culture', reason: { signal: 'text' } });
    // Tags that all point one way are a section.
    expect(chooseSection([withCategories(vermeer, 'Basketball', 'National Basketball Assn', 'Venture Capital')], { categories }).section).toBe('sports');
  });

  it('ignores categories that name no section', () => {
    expect(chooseSection([withCategories(football, 'Top Stories', 'UK')], { categories }).reason.signal).toBe('text');
  });

  it("takes the source's own section over categories and words", () => {
    const sourceSections = new Map([['Sports Desk', 'sports' as const]]);
    const choice = chooseSection([withCategories(vermeer, 'Culture'), { ...oilPrices, source: 'Sports Desk' }], { categories, sourceSections });
    expect(choice).toEqual({ section: 'sports', reason: { signal: 'source', evidence: ['Sports Desk'] } });
  });

  it('lets the most articles decide, their words breaking a tie, else section order', () => {
    const choice = chooseSection([withCategories(vermeer, 'Sport'), withCategories(football, 'Sport'), withCategories(oilPrices, 'Economy')], { categories });
    expect(choice.section).toBe('sports');
    expect(chooseSection([withCategories(vermeer, 'Sport'), withCategories(oilPrices, 'Economy')], { categories }).section).toBe('business');
    // One outlet files a match under International News, the other under Sport: the words say sport.
    expect(chooseSection([withCategories(derby, 'International News'), withCategories(football, 'Sport')], { categories })).toEqual({ section: 'sports', reason: { signal: 'category', evidence: ['Sport'] } });
  });

  it('lets words learned from word vectors choose between sections but never make one alone', () => {
    // "playing", "field", "win", "career" are learned sports words (en.learned.ts), not written ones.
    const stabbing = article('stabbing', 'Local', null, 'Man stabbed on a playing field', 'A man was stabbed on a playing field on Saturday night, and a teenager was charged.');
    expect(chooseSection([stabbing], { categories }).section).toBe('other');
    const match = article('match', 'Local', null, 'Striker ends career after winning the title', 'The striker said he would end his career after the club won the title on Saturday.');
    const choice = chooseSection([match], { categories });
    expect(choice.section).toBe('sports');
    expect(choice.reason.evidence).toContain('Striker');
  });

  it('reads a word inside a listed phrase as the phrase means it', () => {
    // "health care" and "health" are health words; the "health care bill" is a politics story.
    const bill = article('bill', 'Local', null, 'The health care bill', 'The health care bill was changed again on Tuesday.');
    const choice = chooseSection([bill], { categories });
    expect(choice.section).toBe('politics');
    expect(choice.reason.evidence?.[0]).toBe('health care bill');
    // البطولة alone is a sports championship, "من بطولة" names a film's star.
    const film = article('film-ar', 'Local', null, 'عمل جديد من بطولة هند صبري', 'يعرض العمل الجديد من بطولة هند صبري في الصالات الأسبوع المقبل.');
    expect(chooseSection([film], { categories }).section).toBe('culture');
  });

  it("reads an English possessive as the word it names", () => {
    const speech = article('speech', 'Local', null, "Obama's long speech", 'It went on for an hour.');
    expect(chooseSection([speech], { categories }).section).toBe('politics');
    const curly = article('curly', 'Local', null, 'Obama’s long speech', 'It went on for an hour.');
    expect(chooseSection([curly], { categories }).section).toBe('politics');
  });

  it('files the politics of a place abroad under World, and politics at home under Politics', () => {
    const kenya = article('kenya', 'Local', null, 'Election in Kenya goes to a runoff', 'Voters will return to the polls next month after no candidate won a majority.');
    expect(chooseSection([kenya], { categories }).section).toBe('world');
    const senate = article('senate', 'Local', null, 'Senate passes the budget after a late vote', 'Senators voted 51 to 49 on Tuesday night.');
    expect(chooseSection([senate], { categories }).section).toBe('politics');
    // Britain is home to many English-language readers: its politics stays Politics.
    const britain = article('britain', 'Local', null, 'Election in Britain goes to the wire', 'Voters will return to the polls on Thursday.');
    expect(chooseSection([britain], { categories }).section).toBe('politics');
  });

  it('files an English match report that names no sport by its result, but not a vote or a ruling', () => {
    const report = article('report', 'Local', null, 'Brentford beat Forest 3-2 in a late thriller', 'Toney was the hero on his return.');
    const filed = chooseSection([report], { categories });
    expect(filed).toMatchObject({ section: 'sports', reason: { signal: 'text' } });
    expect(filed.reason.evidence).toContain('3-2');
    const dash = article('dash', 'Local', null, 'Arsenal get back on track', 'A 5–0 thrashing of Palace lifted the mood at the Emirates.');
    expect(chooseSection([dash], { categories }).section).toBe('sports');
    const ruling = article('ruling', 'Local', null, 'Justices split 6-3 on the appeal', 'The court sent the case back in a 6-3 ruling.');
    expect(chooseSection([ruling], { categories }).section).not.toBe('sports');
    const range = article('range', 'Local', null, 'Shelters take in 10-12 people a night', 'Volunteers said 5-10 years of waiting lists lay ahead.');
    expect(chooseSection([range], { categories }).section).not.toBe('sports');
  });

  it('matches a word listed with a capital only where the text writes it with one', () => {
    const daycare = article('daycare', 'Local', null, 'Daycare centre probed', 'Children were locked in rooms and fed mouldy food, parents told the inspectors.');
    expect(chooseSection([daycare], { categories }).section).not.toBe('business');
    const rates = article('rates', 'Local', null, 'Fed holds steady', 'The Fed left its key rate unchanged on Wednesday.');
    expect(chooseSection([rates], { categories }).section).toBe('business');
  });

  it('matches a word whose stem a common word of another meaning shares only by its own forms', () => {
    // "conservative" and "conservation", "imports" and "important", "executives" and "executed" stem alike.
    const forest = article('forest', 'Local', null, 'Conservation of the old forest', 'Volunteers planted trees.');
    expect(chooseSection([forest], { categories }).section).not.toBe('politics');
    const tories = article('tories', 'Local', null, 'Conservatives pick a new leader', 'Party members chose her on Tuesday.');
    expect(chooseSection([tories], { categories }).section).toBe('politics');
    const hanged = article('hanged', 'Local', null, 'Killer executed in Texas', 'He was put to death on Tuesday.');
    expect(chooseSection([hanged], { categories }).section).not.toBe('business');
    const quit = article('quit', 'Local', null, 'Two executives quit the carmaker', 'The company said they would leave in March.');
    expect(chooseSection([quit], { categories }).section).toBe('business');
    const day = article('day', 'Local', null, 'An important day', 'It was important.');
    expect(chooseSection([day], { categories }).section).toBe('other');
  });

  it('does not read an Arabic word that stems like "crowned" as sports', () => {
    // توجه and توجيه (direction, directing) stem like توج (crowned): only a crowning with its title is sports.
    const housing = article('housing', 'Local', null, 'التوجه الجديد للحكومة في ملف السكن', 'أعلنت الحكومة عن خطة لبناء آلاف الوحدات السكنية.');
    expect(chooseSection([housing], { categories }).section).not.toBe('sports');
    const charge = article('charge', 'Local', null, 'توجيه تهمة الفساد إلى مسؤول سابق في البلدية', 'قررت النيابة العامة توجيه تهمة استغلال النفوذ إلى مسؤول سابق.');
    expect(chooseSection([charge], { categories }).section).not.toBe('sports');
    const champions = article('champions', 'Local', null, 'توج النادي الأهلي بلقب الكأس', 'احتفل الفريق أمام جماهيره في العاصمة.');
    expect(chooseSection([champions], { categories }).section).toBe('sports');
  });

  it('files a story under the section its links are in when its items have no categories', () => {
    const atSport = (item: Article, slug: string): Article => ({ ...item, url: `https://www.channelnewsasia.com/sport/${slug}` });
    // A Bundesliga result the word lists do not know, told by two links in the sport folder.
    const result = [
      atSport(article('bayern-1', 'CNA', '2024-01-21T10:00:00Z', 'Bayern suffer shock home loss to Werder', 'Bayern fell seven points behind the leaders after a 1-0 home defeat by Werder Bremen on Sunday.'), 'bayern-suffer-shock-home-loss-4063856'),
      atSport(article('bayern-2', 'CNA', '2024-01-21T11:00:00Z', 'Tuchel under pressure after Werder defeat', 'Thomas Tuchel faced questions after Bayern lost at home to Werder Bremen.'), 'tuchel-under-pressure-4063857'),
    ];
    expect(chooseSection(result, { categories })).toEqual({ section: 'sports', reason: { signal: 'link', evidence: ['/sport/'] } });
    // The items' own categories, where they have them, say more than their links.
    expect(chooseSection(result.map((item) => withCategories(item, 'Business')), { categories }).section).toBe('business');
  });

  it('files a story whose words point nowhere under other', () => {
    expect(chooseSection([weather], { categories })).toEqual({ section: 'other', reason: { signal: 'none' } });
  });

  it('does not guess from the words of a language it has no lists for', () => {
    const french = { ...electionReuters, language: 'fr', title: 'Les socialistes gagnent les élections au Portugal', text: 'Le Parti socialiste a remporté les élections législatives anticipées.' };
    expect(chooseSection([french], { categories }).section).toBe('other');
  });
});
