import { describe, expect, it } from 'vitest';
import { summarizeStory } from '../../src/summarize/summarizeStory.js';
import { splitSentences } from '../../src/text/splitSentences.js';
import type { Article } from '../../src/types.js';
import { article, electionBbc, electionReuters, lavrovRt, lavrovSputnik, sumatraAlJazeera, sumatraAp, sumatraReuters } from '../group/newsArticles.js';

const lavrovReuters = article(
  'lavrov-reuters',
  'Reuters',
  '2026-03-03T09:00:00Z',
  'Russia\'s Lavrov in Cairo for talks on Gaza ceasefire',
  'Russian Foreign Minister Sergei Lavrov arrived in Cairo on Tuesday for talks with his Egyptian counterpart Badr Abdelatty on the war in Gaza and efforts to restore a ceasefire.\n\n' +
    'Lavrov is also due to meet President Abdel Fattah al-Sisi to discuss trade and the El Dabaa nuclear power plant that Russia is building on the Mediterranean coast.',
);

// Kyodo's lead is a light rewrite of Reuters' lead; the rest of the two stories differs.
const ishibaReuters = article(
  'ishiba-reuters',
  'Reuters',
  '2025-09-07T09:00:00Z',
  'Japan PM Ishiba to resign after election losses',
  "Japan's Prime Minister Shigeru Ishiba said on Sunday he would resign, taking responsibility for his party's heavy losses in July's upper house election.\n\n" +
    'The ruling Liberal Democratic Party will hold a leadership race to choose his successor, with former economic security minister Sanae Takaichi seen as a frontrunner. The yen weakened after the news.',
);
const ishibaKyodo = article(
  'ishiba-kyodo',
  'Kyodo',
  '2025-09-07T09:30:00Z',
  'Ishiba says he will step down as prime minister',
  "Japanese Prime Minister Shigeru Ishiba said on Sunday he would resign to take responsibility for his party's heavy losses in the July upper house election.\n\n" +
    'Ishiba, who took office last October, told a news conference he had made the decision after a tariff agreement with the United States was signed. Party executives are expected to set a date for the vote next week.',
);

/** Whether every sentence of the summary is a whole sentence of one of the articles. */
function isExtractedFrom(summary: string, articles: readonly Article[]): boolean {
  const sentences = new Set(articles.flatMap((item) => item.text.split(/\n{2,}/).flatMap((paragraph) => splitSentences(paragraph))));
  return splitSentences(summary).every((sentence) => sentences.has(sentence));
}

describe('summarizeStory', () => {
  it('summarises a story in one to three whole sentences of its articles', () => {
    for (const articles of [[sumatraReuters, sumatraAp, sumatraAlJazeera], [electionReuters, electionBbc], [lavrovRt, lavrovSputnik]]) {
      const summary = summarizeStory(articles, articles[0]!.language);
      const count = splitSentences(summary).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
      expect(isExtractedFrom(summary, articles)).toBe(true);
    }
  });

  it('keeps a very long lead sentence whole rather than cutting it mid-word', () => {
    const lead =
      'The European Union agreed early on Friday, after two days of talks in Brussels that ran through the night, on a package of sanctions against Russia that bans imports of liquefied natural gas from 2027, lists more than a hundred tankers of the shadow fleet, and for the first time targets refineries in China and India that buy Russian crude, diplomats said.';
    const politico = article(
      'eu-politico',
      'Politico',
      null,
      'EU agrees new sanctions on Russia',
      `${lead}\n\nHungary and Slovakia dropped their objections after receiving assurances on energy prices. The package needs formal approval by ministers next week.`,
    );
    const reuters = article(
      'eu-reuters',
      'Reuters',
      null,
      'EU adopts new sanctions package, banning Russian LNG',
      'European Union countries agreed on Friday on a new package of sanctions against Russia that bans imports of Russian liquefied natural gas from 2027.\n\n' +
        'The package also adds 117 shadow fleet tankers to the sanctions list and targets Chinese and Indian refineries buying Russian crude, diplomats said.',
    );
    expect(lead.split(/\s+/).length).toBeGreaterThan(55);
    expect(summarizeStory([politico, reuters], 'en')).toBe(lead);
  });

  it("takes its sentences from the story's language when articles are mixed", () => {
    const articles = [lavrovRt, lavrovReuters, lavrovSputnik];
    const arabic = summarizeStory(articles, 'ar');
    expect(arabic).not.toMatch(/[A-Za-z]/);
    expect(isExtractedFrom(arabic, [lavrovRt, lavrovSputnik])).toBe(true);
    const english = summarizeStory(articles, 'en');
    expect(english).not.toMatch(/[\u0600-\u06FF]/);
    expect(isExtractedFrom(english, [lavrovReuters])).toBe(true);
  });

  it('falls back to every article when none is in the story\'s language', () => {
    const summary = summarizeStory([lavrovReuters], 'fr');
    expect(summary.startsWith('Russian Foreign Minister Sergei Lavrov arrived in Cairo')).toBe(true);
  });

  it('does not repeat two near-identical lead sentences from two outlets', () => {
    const summary = summarizeStory([ishibaReuters, ishibaKyodo], 'en');
    const leads = splitSentences(summary).filter((sentence) => sentence.includes('would resign'));
    expect(leads).toHaveLength(1);
    expect(isExtractedFrom(summary, [ishibaReuters, ishibaKyodo])).toBe(true);
  });

  it('does not repeat a second outlet telling the lede again in its own words, and takes what it adds instead', () => {
    const fireBbc = article('fire-bbc', 'BBC', '2021-10-17T10:00:00Z', 'Fire sparks evacuation of Westfield shopping centre', 'Shoppers have been evacuated from an east London shopping centre after a fire broke out inside one of the stores.\n\nAround 40 firefighters and eight engines rushed to Westfield in Stratford.');
    const fireStandard = article('fire-standard', 'Evening Standard', '2021-10-17T10:30:00Z', 'Westfield Stratford closed after fire', 'The complex in east London is evacuated after the discovery of a small fire in a first-floor shop. Nobody was hurt, the fire brigade said.');
    const summary = summarizeStory([fireBbc, fireStandard], 'en');
    expect(summary).toContain('Shoppers have been evacuated');
    expect(summary).not.toContain('The complex in east London is evacuated');
    expect(summary).toContain('Nobody was hurt');
  });

  it('does not give two outlets\' different counts of one thing, nor the same figures twice', () => {
    const shellingAfp = article('shelling-afp', 'AFP', '2024-01-21T09:00:00Z', 'Deadly blast hits market in Donetsk', 'The authorities in Donetsk said 25 people were killed and 20 others were wounded at a market on Sunday.\n\nRescue teams searched the stalls for survivors.');
    const shellingAp = article('shelling-ap', 'AP', '2024-01-21T08:00:00Z', 'Shelling of a market in Donetsk', 'Local officials say at least 13 people have been killed by shelling of a market in Donetsk. An official blamed Ukraine for the attack, which he says killed 25 and injured 20.');
    const summary = summarizeStory([shellingAfp, shellingAp], 'en');
    expect(summary).toContain('25 people were killed');
    expect(summary).not.toContain('at least 13 people');
    expect(summary).not.toContain('killed 25 and injured 20');
  });

  it('keeps an article comparing two counts of one thing', () => {
    const lifespans = article('lifespans', 'BBC', '2021-10-11T09:00:00Z', 'Life expectancy gap widens', "Men in Westminster lived for 84.7 years on average by 2020, the King's Fund found. But in Blackpool men were expected to live 74 years on average.");
    expect(summarizeStory([lifespans], 'en')).toContain('74 years');
  });

  it('skips sub-headings, which are not sentences of the story', () => {
    const text = 'What we know\n\nA magnitude 7.1 earthquake struck off Sumatra on Tuesday, killing at least 12 people.';
    expect(summarizeStory([article('quake-live', 'Live desk', null, 'Quake live', text)], 'en')).toBe(
      'A magnitude 7.1 earthquake struck off Sumatra on Tuesday, killing at least 12 people.',
    );
  });

  it('leaves out the last sentence of a text a feed cut at a length, and keeps a teaser that goes without a full stop', () => {
    const cut = article('cut', 'Feed', null, 'Train collision in Bavaria', 'Two people died when two trains collided in Bavaria on Monday evening, police said. The railway company said that it');
    expect(summarizeStory([cut], 'en')).toBe('Two people died when two trains collided in Bavaria on Monday evening, police said.');
    const endsInStopWord = article('cut-ar', 'Feed', null, 'الاتحاد الأوروبي والاتفاق النووي', 'أكدت مسؤولة الشؤون الخارجية في الاتحاد الأوروبي أن الاتحاد عازم على');
    expect(summarizeStory([endsInStopWord], 'ar')).toBe('');
    const teaser = article('teaser', 'Feed', null, 'Cannes opens', 'The 71st Cannes film festival opens on Tuesday under the shadow of the Weinstein scandal');
    expect(summarizeStory([teaser], 'en')).toBe(teaser.text);
  });

  it('splits Arabic sentences a feed ran together at a full stop', () => {
    const glued = article('glued', 'Feed', null, 'قتلى في اليمن', 'قتل 12 عنصرا في مواجهات مع أبناء القبائل وسط اليمن.وأفادت مصادر محلية بأن الاشتباكات توقفت مساء الاثنين.');
    expect(summarizeStory([glued], 'ar')).toBe('قتل 12 عنصرا في مواجهات مع أبناء القبائل وسط اليمن. وأفادت مصادر محلية بأن الاشتباكات توقفت مساء الاثنين.');
  });

  it('gives a teaser without a full stop one when another outlet\'s sentence follows it', () => {
    const first = article('afrin-a', 'Outlet A', '2018-03-13T08:00:00Z', 'الجيش التركي يطوق عفرين', 'أعلنت رئاسة الأركان التركية الثلاثاء أن القوات التركية تحاصر مدينة عفرين منذ الاثنين');
    const second = article('afrin-b', 'Outlet B', '2018-03-13T09:00:00Z', 'تركيا تحاصر عفرين', 'نفت الوحدات الكردية أن تكون القوات التركية قد أحكمت الطوق على المدينة.');
    expect(summarizeStory([first, second], 'ar')).toBe('أعلنت رئاسة الأركان التركية الثلاثاء أن القوات التركية تحاصر مدينة عفرين منذ الاثنين. نفت الوحدات الكردية أن تكون القوات التركية قد أحكمت الطوق على المدينة.');
    // Alone, it stays as the outlet wrote it.
    expect(summarizeStory([first], 'ar')).toBe('أعلنت رئاسة الأركان التركية الثلاثاء أن القوات التركية تحاصر مدينة عفرين منذ الاثنين');
  });

  it('leaves out the line of a video report that credits its reporter', () => {
    const video = article('lockdown-video', 'Video feed', null, 'Sydney leaves lockdown', "Millions of residents of Sydney have emerged after more than 100 days of lockdown. Al Jazeera's Sarah Clarke reports from Queensland, Australia. Officials lifted the rules after the state reached its vaccination target.");
    const summary = summarizeStory([video], 'en');
    expect(summary).not.toContain('reports from');
    expect(summary).toContain('Officials lifted the rules');
    const cnn = article('taiwan-video', 'Video feed', null, 'Tensions over Taiwan', "CNN's Will Ripley looks at the current state of tensions between China and Taiwan.");
    expect(summarizeStory([cnn], 'en')).toBe("CNN's Will Ripley looks at the current state of tensions between China and Taiwan.");
    const bbc = article('pact-analysis', 'BBC', null, 'Submarine pact delivers France some hard truths', "The BBC's Hugh Schofield assesses the harsh realities for France after the pact.");
    expect(summarizeStory([bbc, video], 'en')).not.toContain('Schofield');
  });

  it("leaves out a feed's line of related headlines set with bullets, but not bulleted sentences", () => {
    const related = article('trade-talks', 'CNN', null, 'France threatens to block trade talks', "• France was in the dark on the pact, ambassador says • EU chief: Treatment of France 'not acceptable'");
    const interview = article('eu-chief', 'CNN', null, 'EU chief on France', 'In an interview on Monday, the Commission president said many questions about the submarine deal had to be answered.');
    expect(summarizeStory([related, interview], 'en')).toBe('In an interview on Monday, the Commission president said many questions about the submarine deal had to be answered.');
    const facts = article('storm', 'Feed', null, 'Storm hits the coast', '• Three people were killed in the storm. • Twelve more were taken to hospital.');
    expect(summarizeStory([facts], 'en')).toContain('Three people were killed');
  });

  it('takes a sentence that leans on the one before it only after that one, in either language', () => {
    const lira = article('lira', 'Feed A', null, 'Lira falls', 'The lira fell against the dollar on Monday as the current account deficit widened more than expected.');
    const bank = article('bank', 'Feed B', null, 'Deficit widens', 'The central bank said the current account deficit widened to 4.8 billion dollars in March. This figure is higher than a Reuters poll had forecast.');
    expect(summarizeStory([lira, bank], 'en')).not.toContain('This figure');
    const arabic = article('ar', 'Feed', null, 'المتحدث يدعو موسكو', 'دعا المتحدث باسم الحكومة الألمانية روسيا إلى السماح بدخول صحافي ألماني. وأضاف أن الرفض يضر بسمعة البلد المضيف.');
    expect(summarizeStory([arabic], 'ar')).toContain('وأضاف أن');
    const other = article('ar2', 'Feed 2', null, 'صحافي ممنوع من الدخول', 'منعت روسيا صحافيا ألمانيا من دخول أراضيها لتغطية البطولة هذا الصيف. وأضاف أن القرار نهائي ولا رجعة فيه.');
    expect(summarizeStory([arabic, other], 'ar').match(/وأضاف/g)).toHaveLength(1);
  });

  it('leaves out a caption of the picture or video that went with the text', () => {
    const captioned = article('captioned', 'Feed', null, 'Flood in the south', 'This video spread on social media on Monday. Floods cut off three villages in the south after two days of rain.');
    expect(summarizeStory([captioned], 'en')).toBe('Floods cut off three villages in the south after two days of rain.');
    const arabic = article('captioned-ar', 'Feed', null, 'فيضانات في الجنوب', 'هذا الفيديو انتشر مؤخرا على مواقع التواصل الاجتماعي. عزلت الفيضانات ثلاث قرى في الجنوب بعد يومين من الأمطار.');
    expect(summarizeStory([arabic], 'ar')).toBe('عزلت الفيضانات ثلاث قرى في الجنوب بعد يومين من الأمطار.');
    // A story about the video itself says so.
    const viral = article('viral', 'Feed', null, 'Baby elephant tramples birthday cake', 'The video of a baby elephant sitting on a birthday cake in a Thai sanctuary has been watched millions of times.');
    expect(summarizeStory([viral], 'en')).toBe(viral.text);
  });

  it('leaves out live pictures of the scene, and a sentence that asks the reader to follow or read more', () => {
    const live = article('live', 'Feed', null, 'New cabinet sworn in', 'The new cabinet was sworn in on Monday after weeks of talks. These are live pictures of the ceremony in the capital.');
    expect(summarizeStory([live], 'en')).toBe('The new cabinet was sworn in on Monday after weeks of talks.');
    const promo = article('promo-ar', 'Feed', null, 'انسحاب من الاتفاق', 'أعلن الرئيس انسحاب بلاده من الاتفاق وإعادة العمل بالعقوبات. تابعوا تغطية خاصة حول ردود الفعل الدولية.');
    expect(summarizeStory([promo], 'ar')).toBe('أعلن الرئيس انسحاب بلاده من الاتفاق وإعادة العمل بالعقوبات.');
    const more = article('more', 'Feed', null, 'Talks resume', 'Talks resumed in Geneva on Tuesday. Read more: what the two sides want.');
    expect(summarizeStory([more], 'en')).toBe('Talks resumed in Geneva on Tuesday.');
  });

  it('reads a hashtag in a sentence as its words', () => {
    const tagged = article('tagged', 'Feed', null, 'الفائض التجاري', 'أظهرت #بيانات_جمركية اليوم اتساع الفائض التجاري للصين مع الولايات المتحدة.');
    expect(summarizeStory([tagged], 'ar')).toBe('أظهرت بيانات جمركية اليوم اتساع الفائض التجاري للصين مع الولايات المتحدة.');
  });

  it('gives an empty summary when there is no sentence to take', () => {
    expect(summarizeStory([article('photo', 'Gallery', null, 'In pictures', 'Photo: AFP')], 'en')).toBe('');
    expect(summarizeStory([], 'en')).toBe('');
  });
});
