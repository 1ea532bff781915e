import { collectAll } from './collect/collectAll.js';
import { createSource } from './collect/createSource.js';
import type { Source } from './collect/source.js';
import { cleanDocument } from './clean/cleanDocument.js';
import { compileRules, type LineRules } from './clean/compileRules.js';
import type { Config } from './config/resolve.js';
import { archivePaths, writeArchive } from './deliver/writeArchive.js';
import { sendEmail, type SendResult } from './deliver/sendEmail.js';
import { openStore } from './store/openStore.js';
import { describeError } from './errors.js';
import { briefingDate } from './briefingDate.js';
import { groupArticles } from './group/groupArticles.js';
import { renderBriefing } from './render/renderBriefing.js';
import { directionOfLanguage } from './text/direction.js';
import type { Article, Briefing, SourceReport } from './types.js';

export interface RunOptions {
  /** YYYY-MM-DD; defaults to today in the briefing's time zone. */
  date?: string;
  /** Archive folder instead of the config's `delivery.archiveDir`. */
  archiveDir?: string;
  /** Write nothing and send nothing; report what would be written. */
  dryRun?: boolean;
  /** Archive but do not send. */
  send?: boolean;
  /** Send again to recipients the send log says already have this date's briefing. */
  force?: boolean;
}

/** Everything from outside a run: the clock, the environment, the sources. Tests replace these. */
export interface RunDeps {
  now?: () => Date;
  /** SMTP_URL; without it the briefing is archived only. */
  smtpUrl?: string;
  /** Replaces the sources built from the config (tests, `briefing explain`). */
  sources?: readonly Source[];
  /** SMTP timeouts and retry waits; tests shorten them. */
  smtp?: { timeoutMs?: number; retryDelaysMs?: readonly number[] };
  /** Progress lines for people. */
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface RunResult {
  briefing: Briefing;
  html: string;
  text: string;
  /** Files written, or that would be written on a dry run. */
  files: string[];
  warnings: string[];
  /** Undefined when nothing was sent (no SMTP_URL, no email config, --no-send or --dry-run). */
  sent?: SendResult;
  /** Why the briefing was not sent, when sending was expected to happen. */
  notSent?: string;
}

/**
 * One run, top to bottom: collect → clean → group → render → archive → send. Every file, network
 * and clock access happens here or in the edges it calls; the stages in between are pure.
 */
export async function runBriefing(config: Config, options: RunOptions = {}, deps: RunDeps = {}): Promise<RunResult> {
  const now = deps.now?.() ?? new Date();
  const log = deps.log ?? ((): void => undefined);
  const warnings: string[] = [];

  const sources = deps.sources ?? config.sources.filter((source) => source.enabled).map(createSource);
  const collected = await collectAll(sources, {
    ...(deps.signal ? { signal: deps.signal } : {}),
    onSource: (report) => {
      log(`${report.status === 'failed' ? '✗' : '✓'} ${report.name}: ${report.status === 'failed' ? (report.error ?? '') : `${report.items} item(s)`}`);
    },
  });

  const rulesFor = rulesPerSource(config);
  const articles: Article[] = [];
  for (const document of collected.documents) {
    try {
      const { article } = cleanDocument(document, rulesFor(document.source));
      if (article.text || article.title) articles.push(article);
    } catch (error) {
      // One unreadable document must not cost the briefing: note it on its source.
      noteOnSource(collected.reports, document.source, `${document.url ?? document.file ?? 'a document'}: ${describeError(error)}`);
    }
  }

  const topics = groupArticles(articles, {
    topics: config.topics,
    sourceTopics: new Map(config.sources.flatMap((source) => (source.topic ? [[source.name, source.topic] as const] : []))),
    maxStories: config.briefing.maxStories,
    maxStoriesPerTopic: config.briefing.maxStoriesPerTopic,
  });
  const stories = topics.flatMap((topic) => topic.stories);
  const briefing: Briefing = {
    version: 1,
    date: options.date ?? briefingDate(now, config.briefing.timezone),
    title: config.briefing.title,
    language: config.briefing.language,
    dir: directionOfLanguage(config.briefing.language),
    timezone: config.briefing.timezone,
    generatedAt: now.toISOString(),
    topics,
    sources: collected.reports,
    stats: { articles: articles.length, stories: stories.length, shownStories: stories.filter((story) => story.shown).length },
  };

  const unsubscribe = [config.delivery.email?.unsubscribe ?? []].flat();
  const rendered = await renderBriefing(briefing, {
    ...(config.briefing.templatesDir ? { templatesDir: config.briefing.templatesDir } : {}),
    // The footer shows one link: the web page when there is one, else the mailto.
    ...(unsubscribe.length > 0 ? { unsubscribe: unsubscribe.find((link) => link.startsWith('https://')) ?? unsubscribe[0]! } : {}),
  });
  warnings.push(...rendered.warnings);
  const archiveDir = options.archiveDir ?? config.delivery.archiveDir;
  const result: RunResult = { briefing, html: rendered.html, text: rendered.text, files: [], warnings };

  if (options.dryRun) {
    const paths = archivePaths(archiveDir, briefing.date);
    result.files = [paths.json, paths.html, paths.text];
    return result;
  }
  result.files = await writeArchive(archiveDir, briefing, rendered);

  const email = config.delivery.email;
  if (options.send === false || !email) return result;
  if (!deps.smtpUrl) {
    result.notSent = 'SMTP_URL is not set: the briefing was archived only';
    return result;
  }
  // The archive is written before anything is sent: a failed delivery never loses the briefing.
  const store = openStore(config.delivery.stateDir);
  try {
    result.sent = await sendEmail(briefing, rendered, {
      smtpUrl: deps.smtpUrl,
      email,
      store,
      force: options.force ?? false,
      ...deps.smtp,
      ...(deps.now ? { now: deps.now } : {}),
    });
  } finally {
    store.close();
  }
  return result;
}

/** Built-in rules plus the user's global `cleaning` plus the source's own, compiled once per source. */
function rulesPerSource(config: Config): (source: string) => LineRules {
  const compiled = new Map<string, LineRules>();
  const global = config.cleaning;
  return (name) => {
    let rules = compiled.get(name);
    if (!rules) {
      const own = config.sources.find((source) => source.name === name)?.cleaning;
      rules = compileRules({
        removeLines: [...global.removeLines, ...(own?.removeLines ?? [])],
        removePatterns: [...global.removePatterns, ...(own?.removePatterns ?? [])],
        removeSelectors: [...global.removeSelectors, ...(own?.removeSelectors ?? [])],
      });
      compiled.set(name, rules);
    }
    return rules;
  };
}

function noteOnSource(reports: SourceReport[], source: string, warning: string): void {
  const report = reports.find((candidate) => candidate.name === source);
  if (report) report.warnings = [...(report.warnings ?? []), warning];
}
