import { SECTION_IDS } from '../../section/sectionIds.js';

export type StarterLanguage = 'en' | 'ar';

export interface StarterOptions {
  language: StarterLanguage;
  /** IANA time zone the briefing's date and schedule follow: the machine's, so 07:00 is the user's 07:00. */
  timezone: string;
  /** `$schema` as seen from the config's folder, so an editor finds it wherever the config lives. */
  schemaPath: string;
  /** The sample folder, relative to the config. */
  articlesFolder: string;
}

interface Wording {
  title: string;
  folderName: string;
  feeds: readonly [{ name: string; url: string }, { name: string; url: string }];
  topic: { name: string; keywords: readonly string[] };
}

const WORDING: Readonly<Record<StarterLanguage, Wording>> = {
  en: {
    title: 'My Briefing',
    folderName: 'My articles',
    feeds: [
      { name: 'BBC News World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml' },
      { name: 'Al Jazeera English', url: 'https://www.aljazeera.com/xml/rss/all.xml' },
    ],
    topic: { name: 'Climate and water', keywords: ['climate', 'flood', 'drought', 'water'] },
  },
  ar: {
    title: 'موجزي اليومي',
    folderName: 'مقالاتي',
    feeds: [
      { name: 'BBC News عربي', url: 'https://feeds.bbci.co.uk/arabic/rss.xml' },
      { name: 'فرانس 24', url: 'https://www.france24.com/ar/rss' },
    ],
    topic: { name: 'المناخ والمياه', keywords: ['المناخ', 'فيضان', 'الجفاف', 'المياه'] },
  },
};

const json = (value: unknown): string => JSON.stringify(value);

/**
 * The commented sources.json that `briefing init` writes. It must work offline at once, so the one
 * enabled source is the sample folder; the two example feeds are there to be switched on, and the
 * email to be uncommented once SMTP_URL is set. Comments are allowed in sources.json (parseJson).
 */
export function starterConfig(options: StarterOptions): string {
  const words = WORDING[options.language];
  const [first, second] = words.feeds;
  return `// Daily Briefing: what to read, and where the briefing goes. Written by \`briefing init\`.
// Comments like this one are allowed. \`briefing check\` validates the file; every key is described
// in docs/configuration.md, and editors that read "$schema" complete and check the keys as you type.
{
  "$schema": ${json(options.schemaPath)},
  "briefing": {
    "title": ${json(words.title)},
    // The language of the email's headings and labels ("en" or "ar"); each story keeps its own.
    "language": ${json(options.language)},
    // The briefing's date, and the schedule below, follow this IANA time zone.
    "timezone": ${json(options.timezone)},
    // \`briefing schedule\` makes a briefing at 07:00 every day (a cron expression).
    "schedule": "0 7 * * *",
    // Stories no topic below takes are filed under these news sections, in this order.
    "sections": [${SECTION_IDS.map(json).join(', ')}]
  },
  "sources": [
    // Every .txt, .md and .html file in this folder (relative to this file) is an article.
    { "name": ${json(words.folderName)}, "path": ${json(options.articlesFolder)} },
    // Two public feeds, off so that the first run needs no network: set "enabled" to true to read
    // them, or add your feed reader's feeds with \`briefing sources import subscriptions.opml\`.
    { "name": ${json(first.name)}, "url": ${json(first.url)}, "enabled": false },
    { "name": ${json(second.name)}, "url": ${json(second.url)}, "enabled": false }
  ],
  // Headings of your own: a story goes under the first topic whose keywords its headlines name.
  "topics": [
    { "name": ${json(words.topic.name)}, "keywords": [${words.topic.keywords.map(json).join(', ')}] }
  ],
  "delivery": {
    // To send each briefing by email, set SMTP_URL in the environment (e.g.
    // smtps://user:password@smtp.example.org:465) and remove the two slashes before "email":
    // "email": { "from": "briefing@example.org", "to": ["me@example.org"] },
    // Briefings are written here (relative to this file): YYYY-MM-DD.html, .txt and .json.
    "archiveDir": "briefings"
  }
}
`;
}
