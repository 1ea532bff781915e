import type { StarterLanguage } from './starterConfig.js';

export interface SampleArticle {
  /** File name inside the sample folder. */
  name: string;
  text: string;
}

/**
 * The one article `briefing init` puts in the sample folder, so that the first `briefing run` makes
 * a briefing without any network, and that briefing tells the reader what to do next. Written for
 * this project; dated by the file's modification time, like every local file.
 */
export function sampleArticle(language: StarterLanguage): SampleArticle {
  return language === 'ar' ? ARABIC : ENGLISH;
}

const ENGLISH: SampleArticle = {
  name: 'welcome.md',
  text: `# Your daily briefing is ready to be filled

This article is a file in the articles folder next to your sources.json. Every text, Markdown or HTML file in that folder becomes an article of the next briefing, dated by the time the file last changed.

To read news from the web, open sources.json and set "enabled" to true on one of the two example feeds, or add the feeds your feed reader exports with briefing sources import. Articles about the same event from several outlets are merged into one story, and each story is filed under a topic of yours or a news section such as World, Business or Technology.

When the briefing looks right, add your address under delivery.email, set SMTP_URL in the environment, and let briefing schedule make one every morning. You can delete this file at any time.
`,
};

const ARABIC: SampleArticle = {
  name: 'welcome.md',
  text: `# موجزك اليومي جاهز لتملأه بالأخبار

هذه المقالة ملف في مجلد المقالات بجوار ملف sources.json. كل ملف نصي أو Markdown أو HTML في هذا المجلد يصبح مقالة في الموجز التالي، مؤرخة بآخر وقت تغير فيه الملف.

لقراءة الأخبار من الويب، افتح ملف sources.json واجعل قيمة "enabled" تساوي true في أحد المصدرين المثالين، أو أضف المصادر التي يصدّرها قارئ الأخبار لديك بالأمر briefing sources import. تُدمج المقالات التي تتناول الحدث نفسه من عدة مصادر في قصة واحدة، وتوضع كل قصة تحت موضوع من اختيارك أو تحت قسم إخباري مثل العالم أو الاقتصاد أو التكنولوجيا.

وحين يبدو الموجز كما تريد، أضف عنوان بريدك في delivery.email، واضبط المتغير SMTP_URL في البيئة، ودع الأمر briefing schedule يعدّ لك موجزاً كل صباح. يمكنك حذف هذا الملف متى شئت.
`,
};
