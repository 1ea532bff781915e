import { z } from 'zod';
import { checkCronExpression } from './checkCronExpression.js';
import { cleaningSchema } from './cleaningSchema.js';
import { SECTION_IDS } from '../section/sectionIds.js';

/**
 * The shape of sources.json. Every key carries a description and, where it has one, a default:
 * the same schema validates configs and generates `sources.schema.json` for editors.
 */

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const timezone = z
  .string()
  .refine(isKnownTimezone, { message: 'is not an IANA time zone (e.g. "UTC", "Europe/Paris", "Asia/Riyadh")' });

function isKnownTimezone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// Checked by node-cron, as the scheduler checks it: `check` accepts exactly what `schedule` runs.
const cronExpression = z.string().superRefine((expression, context) => {
  const problem = checkCronExpression(expression);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

const sectionId = z.enum(SECTION_IDS, { error: `is not a section: one of ${SECTION_IDS.join(', ')}` });

const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'is not a language tag (e.g. "en", "ar", "fr")');

export const briefingSchema = z
  .strictObject({
    title: nonEmpty('title').default('Daily Briefing').describe('Shown in the email header and subject.'),
    language: language
      .default('en')
      .describe('Language of the interface strings of the email (headings, labels); stories keep their own.'),
    timezone: timezone
      .default('UTC')
      .describe('IANA time zone that decides the briefing date and the schedule.'),
    schedule: cronExpression
      .default('0 7 * * *')
      .describe('When `briefing schedule` runs, in `timezone`: a cron expression of 5 fields (6 with seconds first) or a nickname such as @daily.'),
    maxStories: z
      .int()
      .min(1)
      .max(500)
      .default(30)
      .describe('Most stories the email shows; the archived JSON still lists every story.'),
    maxStoriesPerTopic: z
      .int()
      .min(1)
      .max(500)
      .default(8)
      .describe('Most stories the email shows under one topic; the best three of the rest are listed as headline links ("Also: …"), the others counted as "+N more".'),
    topStories: z
      .int()
      .min(0)
      .max(50)
      .default(5)
      .describe('Stories the email opens with under "Top stories": those covered by two outlets or more, the most outlets first, then the freshest and largest. 0 turns the section off.'),
    maxAgeHours: z
      .number()
      .min(0)
      .default(36)
      .describe('Feed items older than this many hours are left out, so a new config does not flood the first briefing; 0 keeps everything.'),
    staleAfterDays: z
      .number()
      .min(1)
      .default(7)
      .describe('A source that brings no new item for this many days is reported as stale.'),
    catchUp: z
      .boolean()
      .default(true)
      .describe('When `briefing schedule` starts after a missed run (the machine was off), run once at once.'),
    readingMinutes: z
      .number()
      .positive()
      .max(1440)
      .optional()
      .describe(
        'A reading-time budget for the email, in minutes: stories are shown, most important first, while the reading times shown on their cards (the main article, at the reading speed of its language) add up to no more than this; the first story is always shown; of the rest, three per topic are listed as headline links and the others counted as "+N more". Absent: no budget.',
      ),
    sections: z
      .array(sectionId)
      .min(1, 'needs at least one section: leave the key out for all of them')
      .refine((list) => new Set(list).size === list.length, 'lists a section twice')
      .optional()
      .describe(
        'The news sections the email shows, in this order, for stories no configured topic takes: world, politics, business, technology, science, health, sports, culture, other. A section left out is not shown (its stories stay in the JSON). Absent: all of them, in that order.',
      ),
    categorySections: z
      .record(nonEmpty('category'), sectionId)
      .optional()
      .describe(
        'Feed categories or tags → sections, over the built-in table of common section names: e.g. { "Cricket": "sports", "Bollywood": "culture" }. Compared without case or punctuation.',
      ),
    templatesDir: nonEmpty('templatesDir')
      .optional()
      .describe(
        'A folder of your own templates, relative to this config file; a file there replaces the built-in one of the same name (briefing.mjml.hbs, briefing.txt.hbs, partials/*.mjml.hbs).',
      ),
  })
  .describe('What the briefing is called, when it runs and how long it is.');

export const sourceSchema = z
  .strictObject({
    name: nonEmpty('name').describe('Shown in the briefing next to each article and in source reports.'),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL of an RSS, RDF or Atom feed' })
      .optional()
      .describe('An RSS 2.0, RSS 1.0/RDF or Atom feed. Give either `url` or `path`.'),
    path: nonEmpty('path')
      .optional()
      .describe(
        'A .txt, .md or .html file, a folder of them, or a glob, relative to this config file. Give either `url` or `path`.',
      ),
    topic: nonEmpty('topic').optional().describe('Topic for this source’s stories when no configured topic matches.'),
    section: sectionId
      .optional()
      .describe('The news section this source’s stories belong to (a sports feed: "sports"), over what their categories and words say.'),
    enabled: z.boolean().default(true).describe('Set to false to keep a source in the file but skip it.'),
    // Optional without a parsed default (the feed source applies its own); `meta` shows it to editors and the docs.
    maxItems: z
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .meta({ description: 'Most items read from this feed, or files from this folder or glob, newest first (files by modification time); the cut is reported.', default: 500 }),
    fullPage: z
      .boolean()
      .optional()
      .meta({ description: 'For feeds that give only a teaser: fetch each item’s page and extract the article from it (same limits as feeds, at most fetch.maxFullPages pages a run).', default: false }),
    allowPrivate: z
      .boolean()
      .optional()
      .meta({ description: 'With fullPage: item links may point to this machine or the local network (refused otherwise).', default: false }),
    cleaning: cleaningSchema.optional(),
  })
  .superRefine(
    (source, ctx) => {
      const hasUrl = source.url !== undefined;
      const hasPath = source.path !== undefined;
      if (hasUrl === hasPath) {
        ctx.addIssue({
          code: 'custom',
          message: hasUrl
            ? 'has both `url` and `path`: give one of them'
            : 'needs either `url` (a feed) or `path` (a file, folder or glob)',
        });
      }
    },
    // Zod skips refinements after a type error (a missing `name`); validation must report every
    // problem at once, and this check needs nothing but an object.
    { when: ({ value }) => isRecord(value) },
  );

export const fetchSchema = z
  .strictObject({
    concurrency: z.int().min(1).max(64).default(8).describe('Sources read at the same time.'),
    perHost: z.int().min(1).max(16).default(2).describe('Requests to one host at the same time.'),
    timeoutSeconds: z.number().positive().max(600).default(20).describe('Time allowed for one request, redirects included.'),
    retries: z.int().min(0).max(5).default(2).describe('Retries of a transient failure (timeouts, 429, 5xx, dropped connections), with backoff.'),
    deadlineSeconds: z.number().positive().max(3600).default(120).describe('Time the whole collection may take; no request starts after it.'),
    maxMegabytes: z.number().positive().max(200).default(10).describe('Largest feed accepted, after decompression; a larger download is aborted.'),
    maxFullPages: z.int().min(0).max(10_000).default(50).describe('Most article pages fetched in one run for sources with fullPage.'),
  })
  .describe('How feeds are fetched: politely, and never for longer than the deadline.');

export const topicSchema = z.strictObject({
  name: nonEmpty('name').describe('Heading of the topic in the email; a story goes under the first topic whose keywords its headlines and leads name.'),
  keywords: z
    .array(nonEmpty('keyword'))
    .min(1, 'needs at least one keyword')
    .describe(
      'Words in any language. A keyword in a headline counts 1, in a lead (the first two sentences) 0.5, averaged over the story’s articles; without a headline hit, half the leads must name it. A keyword matches its inflections and spelling variants (Israel → Israeli, إيران → الإيراني, وإيران); one of several words matches as a phrase; acronyms of 2–3 letters match only in capitals (US, not "us").',
    ),
});

const emailAddress = z.email({ message: 'is not an email address' });
const unsubscribeLink = z.string().regex(/^(https:\/\/|mailto:)\S+$/, 'must be an https:// or mailto: link');

export const emailSchema = z
  .strictObject({
    from: emailAddress.describe('Sender address. SMTP credentials come from the SMTP_URL environment variable.'),
    to: z.array(emailAddress).min(1, 'needs at least one recipient').describe('Recipients of the briefing.'),
    unsubscribe: z
      .union([unsubscribeLink, z.array(unsubscribeLink).min(1).max(2)])
      .optional()
      .describe(
        'An https:// or mailto: link, or one of each, for the List-Unsubscribe header (one-click per RFC 8058 for https) and the footer.',
      ),
    deadlineSeconds: z
      .number()
      .positive()
      .max(3600)
      .default(300)
      .describe('Time the whole sending of a run may take, retries included; recipients not reached by then are reported (exit code 3) and sent to by the next run.'),
  })
  .describe('Email delivery; sent only when SMTP_URL is set in the environment.');

export const deliverySchema = z
  .strictObject({
    archiveDir: nonEmpty('archiveDir')
      .default('briefings')
      .describe('Folder for the archived briefings, relative to this config file.'),
    stateDir: nonEmpty('stateDir')
      .default('.briefing')
      .describe('Folder for the state of this config between runs (state.db, run.lock), relative to this config file.'),
    email: emailSchema.optional(),
    feedBaseUrl: z
      .url({ protocol: /^https?$/, message: 'must be the http(s) address the archive folder is published at' })
      .optional()
      .describe(
        'The public http(s) address of the archive folder (e.g. "https://example.org/briefings/"): feed.xml and feed.json then use absolute links, and feed.json gets its home_page_url, feed_url and item urls. Without it the feeds link relatively, which works when they are read from the folder itself.',
      ),
  })
  .describe('Where briefings go.');

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors.'),
    briefing: briefingSchema.prefault({}),
    sources: z.array(sourceSchema).min(1, 'needs at least one source').describe('Where articles come from.'),
    topics: z.array(topicSchema).default([]).describe('Headings stories are filed under, in this order.'),
    cleaning: cleaningSchema.prefault({}),
    fetch: fetchSchema.prefault({}),
    delivery: deliverySchema.prefault({}),
  })
  .superRefine(
    (config, ctx) => {
      reportDuplicateNames(config.sources, ctx);
    },
    // Run even when another part of the file has a type error, so every problem comes back at once;
    // the value may then be partly invalid, which reportDuplicateNames allows for.
    { when: ({ value }) => isRecord(value) && Array.isArray(value.sources) },
  );

function reportDuplicateNames(sources: readonly unknown[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  sources.forEach((source, index) => {
    const name = isRecord(source) ? source.name : undefined;
    if (typeof name !== 'string') return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'name'],
        message: `"${name}" is already the name of sources[${first}]: names must be unique`,
      });
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The config as written, after defaults: paths still relative to the config file. */
export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
export type SourceConfig = ParsedConfig['sources'][number];
export type TopicConfig = ParsedConfig['topics'][number];
export type EmailConfig = z.output<typeof emailSchema>;
