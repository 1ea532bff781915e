import { describe, expect, it } from 'vitest';
import { compileTopics, matchStoryTopic } from '../../src/group/matchTopic.js';
import type { Article } from '../../src/types.js';

type TopicConfig = readonly { name: string; keywords: readonly string[] }[];

let counter = 0;

/** An article as the clean stage hands it over; paragraphs of `text` are separated by blank lines. */
function article(title: string, text = '', language = /[\u0600-\u06ff]/.test(title) ? 'ar' : 'en'): Article {
  const id = `a${++counter}`;
  return { id, title, url: `https://example.org/${id}`, source: 'Test', language, dir: language === 'ar' ? 'rtl' : 'ltr', published: null, text, metadata: {}, removed: {} };
}

function match(topics: TopicConfig, articles: readonly Article[]) {
  return matchStoryTopic(articles, compileTopics(topics));
}

/** The words each headline matched, or undefined where it matched nothing. */
function matchedIn(keyword: string, titles: readonly string[]): (string | undefined)[] {
  const matchers = compileTopics([{ name: 'Topic', keywords: [keyword] }]);
  return titles.map((title) => matchStoryTopic([article(title)], matchers)?.hits[0]?.matched);
}

const middleEast = { name: 'Middle East', keywords: ['Israel', 'Iran', 'إسرائيل', 'إيران'] };
const europe = { name: 'Europe', keywords: ['Ukraine', 'Russia', 'أوكرانيا', 'روسيا'] };

describe('matchStoryTopic', () => {
  describe('inflections', () => {
    it('matches an English place name in its demonyms, plurals and possessive', () => {
      expect(matchedIn('Israel', ['Israeli cabinet meets', 'Israelis vote', "Israel's army says"])).toEqual(['Israeli', 'Israelis', "Israel's"]);
      expect(matchedIn('Iran', ['Iranian drones seen', 'Iranians queue for fuel', 'Iran-backed group claims attack'])).toEqual(['Iranian', 'Iranians', 'Iran']);
      expect(matchedIn('Russia', ['Russian troops withdraw'])).toEqual(['Russian']);
      expect(matchedIn('China', ['Chinese exports fall'])).toEqual(['Chinese']);
      expect(matchedIn('Ukraine', ['Ukrainian grain reaches port'])).toEqual(['Ukrainian']);
    });

    it('matches an English keyword in its plural and other inflections', () => {
      expect(matchedIn('election', ['Local elections open', 'Election day'])).toEqual(['elections', 'Election']);
      expect(matchedIn('elections', ['Election day'])).toEqual(['Election']);
      expect(matchedIn('study', ['New studies question the diet'])).toEqual(['studies']);
    });

    it('matches an Arabic name with its article, glued prepositions and nisba endings', () => {
      expect(matchedIn('إيران', ['الرئيس الإيراني يزور بغداد', 'الحكومة الإيرانية ترفض', 'واشنطن وإيران تستأنفان المحادثات', 'زيارة لإيران', 'عقوبات على إيرانيين'])).toEqual([
        'الإيراني',
        'الإيرانية',
        'وإيران',
        'لإيران',
        'إيرانيين',
      ]);
      expect(matchedIn('إسرائيل', ['الجيش الإسرائيلي ينسحب', 'مصر وإسرائيل توقعان اتفاقا', 'مستوطنون إسرائيليون', 'الإسرائيليين'])).toEqual(['الإسرائيلي', 'وإسرائيل', 'إسرائيليون', 'الإسرائيليين']);
    });

    it('matches an Arabic name ending in يا or ا by the nisba built on its stem', () => {
      expect(matchedIn('روسيا', ['القوات الروسية تنسحب', 'الرئيس الروسي يصل', 'والروس يردون', 'بروسيا'])).toEqual(['الروسية', 'الروسي', undefined, 'بروسيا']);
      expect(matchedIn('أمريكا', ['الخارجية الأمريكية تعلن'])).toEqual(['الأمريكية']);
      expect(matchedIn('السعودية', ['مسؤولون سعوديون يصلون'])).toEqual(['سعوديون']);
    });

    it('matches a spelling without hamza or with alef maqsura', () => {
      expect(matchedIn('إيران', ['مفاوضات ايران النووية'])).toEqual(['ايران']);
      expect(matchedIn('الأمن السيبراني', ['خبراء الامن السيبرانى يجتمعون'])).toEqual(['الامن السيبرانى']);
    });
  });

  describe('phrases', () => {
    it('matches a keyword of several words only as those words in order', () => {
      expect(matchedIn('White House', ['White House rejects report', 'the White House’s lawyers', 'House votes on white paper', 'White, house'])).toEqual([
        'White House',
        'White House’s',
        undefined,
        undefined,
      ]);
      expect(matchedIn('climate change', ['Climate changes faster than feared', 'Climate-change deal reached', 'Change in climate'])).toEqual(['Climate changes', 'Climate-change', undefined]);
    });

    it('matches an Arabic phrase with a prefix on its first word, not on its second', () => {
      expect(matchedIn('البيت الأبيض', ['البيت الأبيض يرد', 'وقال البيت الأبيض', 'متحدث باسم البيت الأبيض', 'رسالة للبيت الأبيض', 'والبيت الأبيض', 'البيت والأبيض'])).toEqual([
        'البيت الأبيض',
        'البيت الأبيض',
        'البيت الأبيض',
        'للبيت الأبيض',
        'والبيت الأبيض',
        undefined,
      ]);
      expect(matchedIn('البيت الأبيض', ['بيع البيت في المزاد'])).toEqual([undefined]);
    });
  });

  describe('over-matching', () => {
    it('does not match a short keyword inside a longer word', () => {
      expect(matchedIn('art', ['Article on housing published', 'Arts council cuts grants', 'Art fair opens'])).toEqual([undefined, 'Arts', 'Art']);
      expect(matchedIn('Oman', ['Woman elected mayor', 'Women march', 'Omani minister visits'])).toEqual([undefined, undefined, 'Omani']);
    });

    it('does not confuse Iran with Iraq', () => {
      expect(matchedIn('Iran', ['Iraq votes', 'Iraqi oil exports rise'])).toEqual([undefined, undefined]);
      expect(matchedIn('إيران', ['العراق يصوت', 'النفط العراقي'])).toEqual([undefined, undefined]);
    });

    it('does not match words that share only a stem or a start with the keyword', () => {
      expect(matchedIn('police', ['New policy on housing', 'Policies under review', 'Police arrest two', 'Policing budget cut'])).toEqual([undefined, undefined, 'Police', 'Policing']);
      expect(matchedIn('university', ['A universe of stars'])).toEqual([undefined]);
      expect(matchedIn('election', ['Electricity prices rise'])).toEqual([undefined]);
    });

    it('matches an acronym of two or three letters only in capitals', () => {
      expect(matchedIn('US', ['US imposes tariffs', 'U.S. envoy arrives', 'Tell us what you think', 'New use for old phones', 'Us and them'])).toEqual(['US', 'U.S', undefined, undefined, undefined]);
      expect(matchedIn('NATO', ['Nato summit opens'])).toEqual(['Nato']);
    });

    it('does not give a three-letter Arabic name a plural ending', () => {
      expect(matchedIn('قطر', ['قطرات المطر', 'وزير الخارجية القطري', 'وصل إلى قطر'])).toEqual([undefined, 'القطري', 'قطر']);
    });
  });

  describe('scoring', () => {
    // Three reports on one Ukrainian story; one is a teaser of one paragraph whose third sentence
    // brings up Iran, as teasers that add background often do.
    const ukraine = [
      article('Ukraine and Russia agree to a prisoner exchange', 'Ukraine and Russia exchanged 200 prisoners on Sunday, both sides said.\n\nThe swap was mediated by the United Arab Emirates.'),
      article(
        'Prisoners return home in the largest swap of the war',
        'Buses carrying freed soldiers crossed into Ukraine on Sunday. Families waited at the border for hours. Russia has used drones supplied by Iran throughout the war, and talks on a ceasefire remain stalled.',
      ),
      article('Kyiv welcomes back 200 soldiers', 'President Zelensky thanked the mediators in an evening address.\n\nHe said more exchanges would follow.'),
    ];

    it('does not file a story under a topic one teaser mentions once, past its lead', () => {
      expect(match([middleEast], ukraine)).toBeUndefined();
      expect(match([middleEast, europe], ukraine)?.topic).toBe('Europe');
    });

    it('files a story under the topic its headline names', () => {
      const story = [article('Iranian navy seizes a tanker in the Gulf', 'The vessel was taken to Bandar Abbas, state media said.'), article('Tanker seized in the Gulf', 'A tanker was boarded on Monday.')];
      const found = match([europe, middleEast], story);
      expect(found).toMatchObject({ topic: 'Middle East', score: 0.5 });
      expect(found?.hits).toEqual([{ keyword: 'Iran', matched: 'Iranian', articleId: story[0]!.id, field: 'title' }]);
    });

    it('needs the leads of half the articles when no headline names the topic', () => {
      const lead = (mentions: boolean) => article('Talks resume in Vienna', mentions ? 'Iranian and European negotiators met on Monday.' : 'Negotiators met on Monday.');
      expect(match([middleEast], [lead(true), lead(false), lead(false)])).toBeUndefined();
      expect(match([middleEast], [lead(true), lead(true), lead(false)])).toMatchObject({ topic: 'Middle East', score: 0.333 });
    });

    it('counts a headline over a lead and each place once, however many mentions', () => {
      const story = [article('Israel and Iran trade threats', 'Israel said Iran had moved missiles; Iranian officials denied it.'), article('Threats traded across the region', 'Officials in Moscow urged restraint.')];
      expect(match([middleEast], story)?.score).toBe(0.75);
    });

    it('files a story under the topic with the highest score, not the first that matches', () => {
      const story = [
        article('Russian and Iranian ministers meet', 'Iran and Russia signed a trade deal in Tehran.'),
        article('Tehran hosts trade talks', 'Iran promised to expand trade with Moscow.'),
      ];
      // Middle East: (1 + 0.5 + 0.5) / 2; Europe: (1 + 0.5) / 2.
      expect(match([europe, middleEast], story)).toMatchObject({ topic: 'Middle East', score: 1 });
    });

    it('gives a tie to the topic listed first', () => {
      const story = [article('Russia and Iran sign a trade deal')];
      expect(match([europe, middleEast], story)?.topic).toBe('Europe');
      expect(match([middleEast, europe], story)?.topic).toBe('Middle East');
    });

    it('reads an Arabic story with its English reports, each in its own language', () => {
      const story = [article('الرئيس الإيراني يصل إلى موسكو', 'وصل الرئيس الإيراني إلى موسكو في زيارة رسمية.'), article('Iranian president lands in Moscow', 'The visit is his first abroad.')];
      const found = match([middleEast], story);
      expect(found?.score).toBe(1.25);
      expect(found?.hits.map((hit) => [hit.matched, hit.field])).toEqual([
        ['الإيراني', 'title'],
        ['Iranian', 'title'],
        ['الإيراني', 'lead'],
      ]);
    });

    it('keeps at most ten hits, headlines first', () => {
      const story = Array.from({ length: 8 }, (_, index) => article(`Iran talks, day ${index + 1}`, 'Iranian envoys met again.'));
      const hits = match([middleEast], story)?.hits ?? [];
      expect(hits).toHaveLength(10);
      expect(hits.map((hit) => hit.field)).toEqual([...Array<string>(8).fill('title'), 'lead', 'lead']);
    });

    it('finds no topic without keywords, articles or a match', () => {
      expect(match([], ukraine)).toBeUndefined();
      expect(match([middleEast], [])).toBeUndefined();
      expect(match([{ name: 'Empty', keywords: [] }], ukraine)).toBeUndefined();
    });
  });
});
