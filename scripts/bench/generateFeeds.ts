import { escapeXml } from '../../src/deliver/escapeXml.js';
import type { BankArticle, TextBank } from './loadTextBank.js';

// Synthetic feeds for the benchmark: half Arabic, half English, descriptions in realistic HTML with
// the boilerplate scrapers leave (share rows, captions, cookie notices), and a share of stories
// carried by several feeds in their own words, so merging and grouping have real work.

let seed = 7;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const EN_SUBJECTS = ['the harbour authority', 'the city council', 'the regional hospital trust', 'the transport ministry', 'the water utility', 'the university', 'the port operator', 'the energy regulator'];
const EN_ACTIONS = ['approved a plan to expand', 'announced new funding for', 'opened an inquiry into', 'delayed the opening of', 'published a report on', 'signed a contract to rebuild'];
const EN_OBJECTS = ['the flood barrier', 'the northern rail line', 'the children’s ward', 'the old customs hall', 'the solar farm', 'the ferry terminal', 'the water treatment works', 'the cycle network'];
const AR_SUBJECTS = ['وزارة النقل', 'المجلس البلدي', 'هيئة الموانئ', 'وزارة الصحة', 'شركة المياه الوطنية', 'الجامعة الوطنية', 'هيئة الطاقة'];
const AR_ACTIONS = ['أعلنت عن خطة لتوسيع', 'وافقت على تمويل جديد لمشروع', 'فتحت تحقيقا في تأخر', 'نشرت تقريرا عن', 'وقعت عقدا لإعادة بناء'];
const AR_OBJECTS = ['السد الجديد', 'خط السكك الحديدية الشمالي', 'مستشفى الأطفال', 'محطة تحلية المياه', 'الميناء التجاري', 'شبكة الطرق الساحلية', 'محطة الطاقة الشمسية'];

interface StorySeed {
  language: 'ar' | 'en';
  place: string;
  subject: string;
  action: string;
  object: string;
  number: number;
  person: string;
}

// Made-up names, so that every story has places and people of its own, as real news does.
const EN_SYLLABLES = ['tar', 'ven', 'holm', 'bri', 'dal', 'mor', 'ash', 'ley', 'wick', 'ton', 'bar', 'ford', 'kel', 'sham', 'lin', 'cot', 'ros', 'mere', 'gil', 'dun'];
const AR_SYLLABLES = ['دار', 'نور', 'سلا', 'مي', 'ران', 'كو', 'بيل', 'زا', 'هد', 'رو', 'فا', 'تين', 'قا', 'سم', 'لو', 'جا', 'مار', 'حي'];
function coin(syllables: readonly string[], parts = 2 + Math.floor(random() * 2)): string {
  return Array.from({ length: parts }, () => pick(syllables)).join('');
}

function storySeed(language: 'ar' | 'en'): StorySeed {
  return language === 'en'
    ? { language, place: capitalise(coin(EN_SYLLABLES)), subject: pick(EN_SUBJECTS), action: pick(EN_ACTIONS), object: `${pick(EN_OBJECTS)} at ${capitalise(coin(EN_SYLLABLES))}`, number: Math.floor(random() * 900) + 100, person: `${capitalise(coin(EN_SYLLABLES, 2))} ${capitalise(coin(EN_SYLLABLES, 2))}` }
    : { language, place: coin(AR_SYLLABLES), subject: pick(AR_SUBJECTS), action: pick(AR_ACTIONS), object: `${pick(AR_OBJECTS)} في ${coin(AR_SYLLABLES)}`, number: Math.floor(random() * 900) + 100, person: `${coin(AR_SYLLABLES, 2)} ${coin(AR_SYLLABLES, 2)}` };
}

const EN_PEOPLE = ['Priya Natarajan', 'Tom Ashworth', 'Hannah Corbett', 'Margaret Hale', 'David Osei', 'Lena Hartmann', 'Moses Okello', 'Clara Jensen'];
const EN_DAYS = ['on Monday', 'on Tuesday', 'late on Wednesday', 'on Thursday morning', 'on Friday', 'over the weekend'];
const EN_SENTENCES: ((s: StorySeed, v: string) => string)[] = [
  (s, v) => `${capitalise(s.subject)} in ${s.place} ${s.action} ${s.object} ${v}, in a decision worth ${s.number} million pounds.`,
  (s) => `Officials said the plan for ${s.object} had been years in the making and would be finished within ${s.number % 24 + 6} months.`,
  (s) => `Residents of ${s.place} said the work was overdue, although ${s.person} warned that the timetable looked ambitious.`,
  (s) => `"We have waited a long time for this," said ${pick(EN_PEOPLE)}, who has lived near ${s.object} for ${s.number % 40 + 3} years.`,
  (s) => `${s.person}, a spokesperson for ${s.subject}, said the first contracts for ${s.object} would be signed within weeks.`,
  (s) => `Opposition councillors in ${s.place} asked for the full costs of ${s.object} to be published before any money is spent.`,
  (s) => `The project is expected to create about ${s.number * 3} jobs during construction, according to figures released by ${s.subject}.`,
  (s) => `Campaigners in ${s.place} welcomed the announcement but said they would watch closely how the ${s.number} million pounds is spent.`,
  (s) => `It is the ${['second', 'third', 'fourth'][s.number % 3]} time in ${s.number % 9 + 2} years that ${s.object} has been the subject of a public dispute.`,
  (s) => `Engineers will begin surveys of ${s.object} next month, and a public consultation is due to open in the spring, ${pick(EN_PEOPLE)} told reporters.`,
  (s) => `Local businesses said they hoped the decision on ${s.object} would bring more visitors to ${s.place}.`,
  (s) => `The regional government said it had set aside a further ${s.number % 50 + 5} million pounds for related works.`,
];
const AR_PEOPLE = ['كمال الدوري', 'سلمى النعيمي', 'رنا الحداد', 'يوسف العمري', 'ليلى الخطيب', 'سامر الحلبي', 'منى الشريف'];
const AR_DAYS = ['يوم الاثنين', 'يوم الثلاثاء', 'مساء الأربعاء', 'صباح الخميس', 'يوم الجمعة', 'مطلع الأسبوع'];
const AR_SENTENCES: ((s: StorySeed, v: string) => string)[] = [
  (s, v) => `${s.subject} ${s.action} ${s.object} في ${s.place} ${v}، في قرار تبلغ قيمته ${s.number} مليون دولار.`,
  (s) => `وقال مسؤولون إن خطة ${s.object} استغرقت سنوات من الإعداد، وإن العمل سينتهي خلال ${s.number % 24 + 6} شهرا.`,
  (s) => `وقال سكان في ${s.place} إن المشروع تأخر كثيرا، فيما حذر ${s.person} من أن الجدول الزمني يبدو طموحا.`,
  (s) => `وقال ${pick(AR_PEOPLE)}، الذي يعيش قرب ${s.object} منذ ${s.number % 40 + 3} عاما: "انتظرنا هذا القرار طويلا".`,
  (s) => `وأوضح ${s.person}، المتحدث باسم ${s.subject}، أن العقود الأولى الخاصة بـ${s.object} ستوقع خلال أسابيع.`,
  (s) => `وطالب أعضاء في المعارضة في ${s.place} بنشر تكاليف ${s.object} كاملة قبل صرف أي مبلغ.`,
  (s) => `ومن المتوقع أن يوفر المشروع نحو ${s.number * 3} فرصة عمل خلال فترة البناء، بحسب أرقام نشرتها ${s.subject}.`,
  (s) => `ورحب ناشطون في ${s.place} بالإعلان، لكنهم قالوا إنهم سيراقبون عن كثب كيفية إنفاق ${s.number} مليون دولار.`,
  (s) => `وهذه هي المرة ${['الثانية', 'الثالثة', 'الرابعة'][s.number % 3]} خلال ${s.number % 9 + 2} سنوات التي يثير فيها ${s.object} جدلا عاما.`,
  (s) => `وسيبدأ المهندسون أعمال المسح في ${s.place} الشهر المقبل، على أن تنطلق مشاورات عامة في الربيع، بحسب ما قال ${pick(AR_PEOPLE)} للصحفيين.`,
  (s) => `وأعربت شركات محلية عن أملها في أن يجذب القرار الخاص بـ${s.object} مزيدا من الزوار إلى ${s.place}.`,
  (s) => `وقالت الحكومة الإقليمية إنها خصصت ${s.number % 50 + 5} مليون دولار إضافية لأعمال مرتبطة بالمشروع.`,
];

/** One outlet's telling of a story: the lede with the facts, then a random choice of other sentences. */
function article(story: StorySeed, variant: number): { title: string; html: string } {
  const english = story.language === 'en';
  const pool = english ? EN_SENTENCES : AR_SENTENCES;
  const lede = pool[0]!(story, pick(english ? EN_DAYS : AR_DAYS));
  const others = pool.slice(1).filter(() => random() < 0.45).sort(() => random() - 0.5).slice(0, 5).map((sentence) => sentence(story, ''));
  const paragraphs = [lede, ...others];
  if (english) {
    const title = [`${story.place}: ${story.subject} ${story.action} ${story.object}`, `${capitalise(story.subject)} ${story.action} ${story.object} in ${story.place}`][variant % 2]!;
    return {
      title,
      html: `<div class="share-bar">Share this article · Copy link</div><figure><img src="a.jpg" alt=""><figcaption>Photo: ${story.place} seen from the harbour</figcaption></figure>${paragraphs
        .map((paragraph) => `<p>${paragraph}</p>`)
        .join('')}<p>Read more: Ten things to know about ${story.place}</p><div class="cookie-notice">We use cookies to improve your experience on our site. Accept</div>`,
    };
  }
  const title = [`${story.subject} ${story.action} ${story.object} في ${story.place}`, `${story.place}: ${story.subject} ${story.action} ${story.object}`][variant % 2]!;
  return {
    title,
    html: `<p>انسخ الرابط</p><p>شارك: فيسبوك | إكس | واتساب</p>${paragraphs
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}<p>المصدر: وكالات</p><p>موافق</p><p>هذا الموقع يستخدم ملفات تعريف الارتباط. بإمكانك قراءة شروط الاستخدام لتفعيل هذه الخاصية اضغط هنا</p>`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An article built from a real one of the text bank: its first sentence, then about two thirds of
 * the rest in order. Two items built from one base article are one story told twice, not a copy.
 */
function fromBank(base: BankArticle, english: boolean): { title: string; html: string } {
  const [lede, ...rest] = base.sentences;
  const kept = [lede!, ...rest.filter(() => random() < 0.65)];
  const boilerplate = english
    ? ['<div class="share-bar">Share this article · Copy link</div>', '<div class="cookie-notice">We use cookies to improve your experience on our site. Accept</div>']
    : ['<p>انسخ الرابط</p><p>شارك: فيسبوك | إكس | واتساب</p>', '<p>المصدر: وكالات</p><p>موافق</p><p>هذا الموقع يستخدم ملفات تعريف الارتباط. بإمكانك قراءة شروط الاستخدام لتفعيل هذه الخاصية اضغط هنا</p>'];
  return { title: base.title, html: `${boilerplate[0]!}${kept.map((sentence) => `<p>${sentence}</p>`).join('')}${boilerplate[1]!}` };
}

/** An article of sentences from six different articles: like all of them, a copy of none. */
function medley(bases: readonly BankArticle[] | undefined, language: 'ar' | 'en'): { title: string; html: string } {
  const sentences = Array.from({ length: 6 }, () => {
    if (!bases) return article(storySeed(language), 0).title;
    return pick(pick(bases).sentences);
  });
  // Titles of the bank repeat across 9,000 items: the first words of yet another sentence instead.
  const title = bases ? pick(pick(bases).sentences).split(/\s+/).slice(0, 9).join(' ') : article(storySeed(language), 1).title;
  return { title, html: sentences.map((sentence) => `<p>${sentence}</p>`).join('') };
}

/**
 * `feeds` RSS documents of `items` items each, half Arabic, half English. With a text bank (real
 * news from ../shared/eval), each item retells a random real article, so stories recur across
 * feeds in other words; without one, made-up stories, about a quarter shared between feeds.
 * `distinct` makes every item a story of its own: sentences of several real articles of the bank
 * (or of made-up stories without one) strung together, so that thousands of different articles
 * share one vocabulary, the worst case for finding candidate pairs.
 */
export function generateFeeds(feeds: number, items: number, now = Date.now(), bank?: TextBank, distinct = false): string[] {
  seed = 7;
  const shared = { ar: Array.from({ length: Math.max(4, Math.round(feeds / 4)) }, () => storySeed('ar')), en: Array.from({ length: Math.max(4, Math.round(feeds / 4)) }, () => storySeed('en')) };
  return Array.from({ length: feeds }, (_, feed) => {
    const language = feed % 2 === 0 ? 'en' : 'ar';
    const entries = Array.from({ length: items }, (_, item) => {
      const { title, html } = distinct
        ? medley(bank?.[language], language)
        : bank
          ? fromBank(pick(bank[language]), language === 'en')
          : article(random() < 0.25 ? pick(shared[language]) : storySeed(language), feed + item);
      const id = `https://news${feed}.example/${language}/${feed}-${item}`;
      const published = new Date(now - Math.floor(random() * 20 * 3_600_000)).toUTCString();
      return `<item><title>${escapeXml(title)}</title><link>${id}</link><guid>${id}</guid><pubDate>${published}</pubDate><description><![CDATA[${html}]]></description></item>`;
    });
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${language === 'en' ? 'Daily News' : 'الأخبار اليومية'} ${feed}</title><link>https://news${feed}.example/</link>${entries.join('')}</channel></rss>`;
  });
}
