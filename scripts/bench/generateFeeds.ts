// Synthetic feeds for the benchmark: half Arabic, half English, descriptions in realistic HTML with
// the boilerplate scrapers leave (share rows, captions, cookie notices), and a share of stories
// carried by several feeds in their own words, so merging and grouping have real work.

let seed = 7;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const EN_PLACES = ['Kelsham', 'Northport', 'Lakeport', 'Ashford Bay', 'Millbrook', 'Crestwood', 'Harrow Vale', 'Dunmore', 'Sandgate', 'Westerly'];
const EN_SUBJECTS = ['the harbour authority', 'the city council', 'the regional hospital trust', 'the transport ministry', 'the water utility', 'the university', 'the port operator', 'the energy regulator'];
const EN_ACTIONS = ['approved a plan to expand', 'announced new funding for', 'opened an inquiry into', 'delayed the opening of', 'published a report on', 'signed a contract to rebuild'];
const EN_OBJECTS = ['the flood barrier', 'the northern rail line', 'the children’s ward', 'the old customs hall', 'the solar farm', 'the ferry terminal', 'the water treatment works', 'the cycle network'];
const AR_PLACES = ['دورناباد', 'ساريان', 'الواحة', 'مرسى النخيل', 'وادي الرمال', 'الجزيرة الخضراء', 'رأس المنارة', 'الساحل الشرقي'];
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
}

function storySeed(language: 'ar' | 'en'): StorySeed {
  return language === 'en'
    ? { language, place: pick(EN_PLACES), subject: pick(EN_SUBJECTS), action: pick(EN_ACTIONS), object: pick(EN_OBJECTS), number: Math.floor(random() * 900) + 100 }
    : { language, place: pick(AR_PLACES), subject: pick(AR_SUBJECTS), action: pick(AR_ACTIONS), object: pick(AR_OBJECTS), number: Math.floor(random() * 900) + 100 };
}

function article(story: StorySeed, variant: number): { title: string; html: string } {
  if (story.language === 'en') {
    const title = [`${story.place}: ${story.subject} ${story.action} ${story.object}`, `${story.subject} ${story.action} ${story.object} in ${story.place}`][variant % 2]!;
    const paragraphs = [
      `${capitalise(story.subject)} in ${story.place} ${story.action} ${story.object} on Monday, in a decision worth ${story.number} million pounds that officials said had been years in the making.`,
      `Residents said the work on ${story.object} was overdue, and several local businesses welcomed the news, although some warned that the timetable of ${story.number % 24} months looked ambitious.`,
      `A spokesperson for ${story.subject} said the first contracts would be signed within weeks and that a public consultation would open in the spring.`,
      `Opposition councillors asked for the full costs to be published, saying ${story.number} million pounds was a large share of the budget for a town the size of ${story.place}.`,
    ];
    return {
      title,
      html: `<div class="share-bar">Share this article · Copy link</div><figure><img src="a.jpg" alt=""><figcaption>Photo: ${story.place} seen from the harbour</figcaption></figure>${paragraphs
        .slice(0, 3 + (variant % 2))
        .map((paragraph) => `<p>${paragraph}</p>`)
        .join('')}<p>Read more: Ten things to know about ${story.place}</p><div class="cookie-notice">We use cookies to improve your experience on our site. Accept</div>`,
    };
  }
  const title = [`${story.subject} ${story.action} ${story.object} في ${story.place}`, `${story.place}: ${story.subject} ${story.action} ${story.object}`][variant % 2]!;
  const paragraphs = [
    `${story.subject} ${story.action} ${story.object} في ${story.place} يوم الاثنين، في قرار تبلغ قيمته ${story.number} مليون دولار، وقال مسؤولون إنه جاء بعد سنوات من التخطيط.`,
    `وقال سكان إن العمل في ${story.object} تأخر كثيرا، ورحبت شركات محلية بالقرار، فيما حذر آخرون من أن الجدول الزمني البالغ ${story.number % 24} شهرا يبدو طموحا.`,
    `وأوضح متحدث باسم ${story.subject} أن العقود الأولى ستوقع خلال أسابيع، وأن مشاورات عامة ستبدأ في فصل الربيع.`,
    `وطالب أعضاء في المعارضة بنشر التكاليف كاملة، مؤكدين أن مبلغ ${story.number} مليون دولار يمثل جزءا كبيرا من ميزانية مدينة بحجم ${story.place}.`,
  ];
  return {
    title,
    html: `<p>انسخ الرابط</p><p>شارك: فيسبوك | إكس | واتساب</p>${paragraphs
      .slice(0, 3 + (variant % 2))
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}<p>المصدر: وكالات</p><p>موافق</p><p>هذا الموقع يستخدم ملفات تعريف الارتباط. بإمكانك قراءة شروط الاستخدام لتفعيل هذه الخاصية اضغط هنا</p>`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `feeds` RSS documents of `items` items each; about a quarter of the items retell shared stories. */
export function generateFeeds(feeds: number, items: number, now = Date.now()): string[] {
  seed = 7;
  const shared = { ar: Array.from({ length: Math.max(4, Math.round(feeds / 4)) }, () => storySeed('ar')), en: Array.from({ length: Math.max(4, Math.round(feeds / 4)) }, () => storySeed('en')) };
  return Array.from({ length: feeds }, (_, feed) => {
    const language = feed % 2 === 0 ? 'en' : 'ar';
    const entries = Array.from({ length: items }, (_, item) => {
      const story = random() < 0.25 ? pick(shared[language]) : storySeed(language);
      const { title, html } = article(story, feed + item);
      const id = `https://news${feed}.example/${language}/${feed}-${item}`;
      const published = new Date(now - Math.floor(random() * 20 * 3_600_000)).toUTCString();
      return `<item><title>${escapeXml(title)}</title><link>${id}</link><guid>${id}</guid><pubDate>${published}</pubDate><description><![CDATA[${html}]]></description></item>`;
    });
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${language === 'en' ? 'Daily News' : 'الأخبار اليومية'} ${feed}</title><link>https://news${feed}.example/</link>${entries.join('')}</channel></rss>`;
  });
}
