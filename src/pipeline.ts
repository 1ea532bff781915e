import { performance } from 'node:perf_hooks';
import { collectAll } from './collect/collectAll.js';
import { createSource, type SourceDeps } from './collect/createSource.js';
import type { FeedCache } from './collect/feedCache.js';
import type { Source } from './collect/source.js';
import { cleanAll } from './clean/cleanAll.js';
import type { Cleaning } from './clean/startCleaning.js';
import { startRunCleaning } from './clean/startRunCleaning.js';
import type { Config } from './config/resolve.js';
import { prepareArchiveFolder } from './deliver/prepareArchiveFolder.js';
import type { SendResult, SmtpTimings } from './deliver/sendEmail.js';
import type { MjmlWorker } from './render/startMjmlWorker.js';
import { fingerprint } from './history/fingerprint.js';
import { recallHistory } from './history/recallHistory.js';
import { rememberRun } from './history/rememberRun.js';
import { reportHealth } from './history/reportHealth.js';
import { resolveAsOf } from './history/resolveAsOf.js';
import type { ItemMemory } from './store/historyStore.js';
import { openStore, openStoreForReading } from './store/openStore.js';
import { pickStrings } from './render/strings.js';
import { directionOfLanguage } from './text/direction.js';
import type { Briefing, SourceReport, Topic } from './types.js';

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
  /** Send again to recipients whose delivery an earlier run could not confirm (logged `unknown`). */
  resendUnknown?: boolean;
}

/** Everything from outside a run: the clock, the environment, the sources. Tests replace these. */
export interface RunDeps {
  now?: () => Date;
  /** SMTP_URL; without it the briefing is archived only. */
  smtpUrl?: string;
  /** Replaces the sources built from the config (tests, `briefing explain`). */
  sources?: readonly Source[];
  /**
   * The run's cleaning, already started for this config (startRunCleaning): `briefing run` starts
   * it as soon as the config is read, so that its workers boot while the rest of the run loads.
   * The run takes it over and closes it.
   */
  cleaning?: Cleaning;
  /** Feed fetching limits and retry waits; tests shorten them. */
  feed?: SourceDeps['feed'];
  /** SMTP timeouts and retry waits; tests shorten them. */
  smtp?: SmtpTimings;
  /** Progress lines for people. */
  log?: (line: string) => void;
  /** Called as each source finishes, for progress displays. */
  onSource?: (report: SourceReport) => void;
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
  /** Milliseconds per stage, deliver included (the archived JSON has all but deliver). */
  timings: Record<string, number>;
}

/**
 * One run, top to bottom: collect → clean → recall what earlier runs saw → group → render →
 * archive → remember → send. Every file, network and clock access happens here or in the edges it
 * calls; the stages in between are pure.
 */
export async function runBriefing(config: Config, options: RunOptions = {}, deps: RunDeps = {}): Promise<RunResult> {
  const now = deps.now?.() ?? new Date();
  const log = deps.log ?? ((): void => undefined);
  // A past --date is made as of the end of that day: its age window and its "today" alike.
  const { date, asOf } = resolveAsOf(options.date, now, config.briefing.timezone);
  // An archive folder the machine cannot write ends the run here, before anything is fetched.
  const staleFiles = options.dryRun ? [] : await prepareArchiveFolder(options.archiveDir ?? config.delivery.archiveDir);
  if (staleFiles.length > 0) log(`removed ${staleFiles.length} temporary file(s) left by an interrupted run`);
  // The memory of earlier runs; a dry run only reads it. Writes the machine refuses (a full disk)
  // are skipped and said: the store is a cache, the archive the record.
  const storeProblems: string[] = [];
  const store = options.dryRun
    ? openStoreForReading(config.delivery.stateDir)
    : openStore(config.delivery.stateDir, { onWriteFailure: (problem) => storeProblems.push(problem) });
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (stage: string) => {
    const at = performance.now();
    timings[stage] = Math.round(at - started);
    started = at;
  };
  let cleaning: Cleaning | undefined;
  let mjml: MjmlWorker | undefined;
  try {
    // Feeds are fetched conditionally against the last good copy; a dry run reads it and keeps nothing.
    const cache = store && !options.dryRun ? store.feedCache : store ? readOnly(store.feedCache) : undefined;
    // One budget of article pages for the whole run, shared by every fullPage source.
    const fullPageBudget = { remaining: config.fetch.maxFullPages };
    const sources =
      deps.sources ??
      config.sources
        .filter((source) => source.enabled)
        .map((source) =>
          createSource(source, {
            ...(cache ? { cache } : {}),
            now: () => now,
            feed: {
              timeoutMs: config.fetch.timeoutSeconds * 1000,
              retries: config.fetch.retries,
              maxBytes: Math.round(config.fetch.maxMegabytes * 1024 * 1024),
              fullPageBudget,
              ...deps.feed,
            },
          }),
        );
    // Cleaning starts with the first source in, on worker threads when there is enough to clean.
    const pool = deps.cleaning ?? startRunCleaning(config, sources.length);
    cleaning = pool;
    // The section word lists are compiled and the section models decoded (about a tenth of a
    // second) once the cleaning has a backlog, while this thread would otherwise wait for it, not
    // when the first story needs them.
    let laterStages: ReturnType<typeof loadLaterStages> | undefined = undefined;
    let sectionsWarmed = false;
    const warmSections = () => {
      if (sectionsWarmed || !laterStages || pool.backlog < WARM_BACKLOG) return;
      sectionsWarmed = true;
      void laterStages.then((stages) => setImmediate(stages.prepareSectionWords), () => undefined);
    };
    const collecting = collectAll(sources, {
      concurrency: config.fetch.concurrency,
      perHost: config.fetch.perHost,
      deadlineMs: config.fetch.deadlineSeconds * 1000,
      ...(deps.signal ? { signal: deps.signal } : {}),
      // Reading waits while cleaning is far behind, so raw documents never pile up by the thousand.
      onDocuments: (position, documents) => {
        pool.add(position, documents);
        warmSections();
        return pool.room();
      },
      keepDocuments: false,
      onSource: (report) => {
        deps.onSource?.(report);
        log(`${report.status === 'failed' ? '✗' : '✓'} ${report.name}: ${report.status === 'failed' ? (report.error ?? '') : `${report.items} item(s)`}`);
      },
    });

    // The later stages load while the first feeds are read rather than before: the first request
    // goes out sooner, and the cleaning workers are not waiting for it.
    const later = loadLaterStages();
    // Awaited below; a failure to load must not count as unhandled while the feeds are read.
    later.catch(() => undefined);
    laterStages = later;
    const collected = await collecting;
    // A cancelled run (SIGTERM twice, the scheduler stopping) ends here: nothing is archived or sent.
    deps.signal?.throwIfAborted();
    for (const report of collected.reports) if (collected.fetches[report.name]?.notModified) report.notModified = true;
    lap('collect');
    const { groupArticles, renderBriefing, archivePaths, writeArchive, startMjmlWorker } = await later;
    // MJML loads on the second core, which the cleaning is about to leave, while this thread
    // groups; loaded earlier it took CPU from the cleaning and added its memory to the cleaning's.
    // The worker also prepares the briefing's HTML template (the briefing's language and time
    // zone are the config's: see assembleBriefing).
    mjml = startMjmlWorker({
      language: config.briefing.language,
      timezone: config.briefing.timezone,
      ...(config.briefing.templatesDir ? { templatesDir: config.briefing.templatesDir } : {}),
    });
    const { articles: cleaned, signatureOf } = await cleanAll(pool, collected.reports);
    const memory = store?.history.items(cleaned.map(fingerprint)) ?? new Map<string, ItemMemory>();
    const recalled = recallHistory(cleaned, memory, { date, now, asOf, maxAgeHours: config.briefing.maxAgeHours });
    lap('clean');
    const topics = groupArticles(recalled.articles, {
      timings,
      topics: config.topics,
      sourceTopics: new Map(config.sources.flatMap((source) => (source.topic ? [[source.name, source.topic] as const] : []))),
      sourceSections: new Map(config.sources.flatMap((source) => (source.section ? [[source.name, source.section] as const] : []))),
      ...(config.briefing.categorySections ? { categorySections: config.briefing.categorySections } : {}),
      ...(config.briefing.sections ? { sections: config.briefing.sections } : {}),
      sectionNames: pickStrings(config.briefing.language).sections,
      maxStories: config.briefing.maxStories,
      maxStoriesPerTopic: config.briefing.maxStoriesPerTopic,
      topStories: config.briefing.topStories,
      topStoriesName: pickStrings(config.briefing.language).topStories,
      ...(config.briefing.readingMinutes === undefined ? {} : { readingMinutes: config.briefing.readingMinutes }),
      sentBefore: recalled.sentBefore,
      signatureOf,
    });
    const sourceReports = reportHealth(collected.reports, store?.history.health() ?? new Map(), {
      now,
      staleAfterDays: config.briefing.staleAfterDays,
      newItemsBySource: recalled.newItemsBySource,
      skippedOld: recalled.skippedOld,
      skippedNew: recalled.skippedNew,
      newestBySource: recalled.newestBySource,
      date,
    });
    started = performance.now();
    const briefing = assembleBriefing(config, date, now, topics, sourceReports, asOf);
    briefing.timings = timings;
    const notices = [...(store?.notices() ?? []), ...storeProblems];
    if (notices.length > 0) briefing.notices = notices;

    const unsubscribe = [config.delivery.email?.unsubscribe ?? []].flat();
    const rendered = await renderBriefing(
      briefing,
      {
        ...(config.briefing.templatesDir ? { templatesDir: config.briefing.templatesDir } : {}),
        // The footer shows one link: the web page when there is one, else the mailto.
        ...(unsubscribe.length > 0 ? { unsubscribe: unsubscribe.find((link) => link.startsWith('https://')) ?? unsubscribe[0]! } : {}),
      },
      mjml.renderHtml,
    );
    mjml.close();
    lap('render');
    const archiveDir = options.archiveDir ?? config.delivery.archiveDir;
    // A cleaning worker that stopped (out of memory on a giant page) cost time, not articles: said once.
    const stopped = pool.stopped.map((reason) => `a cleaning worker stopped (${reason}); the main thread cleaned its documents`);
    const result: RunResult = { briefing, html: rendered.html, text: rendered.text, files: [], warnings: [...stopped, ...notices, ...rendered.warnings], timings: { ...timings } };

    if (options.dryRun || !store) {
      const paths = archivePaths(archiveDir, briefing.date);
      result.files = [paths.json, paths.html, paths.text];
      return result;
    }
    deps.signal?.throwIfAborted();
    // The archive is written before anything is sent: a failed delivery never loses the briefing.
    result.files = await writeArchive(archiveDir, briefing, rendered, config.delivery.feedBaseUrl === undefined ? {} : { feedBaseUrl: config.delivery.feedBaseUrl });
    store.markNoticesReported();
    rememberRun(store, briefing, recalled.articles, recalled.newItemsBySource, now);
    const delivered = () => {
      result.timings.deliver = Math.round(performance.now() - started);
      // What the store met after the briefing was made (a write refused, damage found): said in the summary.
      result.warnings.push(...[...store.notices(), ...storeProblems].filter((line) => !notices.includes(line)));
      return result;
    };

    const email = config.delivery.email;
    if (options.send === false || !email) return delivered();
    if (!deps.smtpUrl) {
      result.notSent = 'SMTP_URL is not set: the briefing was archived only';
      return delivered();
    }
    deps.signal?.throwIfAborted();
    // Loaded only to send: nodemailer is a tenth of a second of start-up that archive-only runs skip.
    const { sendEmail } = await import('./deliver/sendEmail.js');
    result.sent = await sendEmail(briefing, rendered, {
      smtpUrl: deps.smtpUrl,
      email,
      store,
      force: options.force ?? false,
      resendUnknown: options.resendUnknown ?? false,
      ...deps.smtp,
      ...(deps.now ? { now: deps.now } : {}),
    });
    return delivered();
  } finally {
    cleaning?.close();
    mjml?.close();
    store?.close();
  }
}

async function loadLaterStages() {
  const [group, sections, models, render, mjml, archive] = await Promise.all([
    import('./group/groupArticles.js'),
    import('./section/scoreSections.js'),
    import('./section/classifySections.js'),
    import('./render/renderBriefing.js'),
    import('./render/startMjmlWorker.js'),
    import('./deliver/writeArchive.js'),
  ]);
  const prepareSectionWords = () => {
    sections.prepareSectionWords();
    models.prepareSectionModels();
  };
  return { groupArticles: group.groupArticles, prepareSectionWords, renderBriefing: render.renderBriefing, startMjmlWorker: mjml.startMjmlWorker, archivePaths: archive.archivePaths, writeArchive: archive.writeArchive };
}

// Documents waiting for the cleaning before the section word lists are compiled: two batches.
const WARM_BACKLOG = 128;

function readOnly(cache: FeedCache): FeedCache {
  return { get: (url) => cache.get(url), put: () => undefined, delete: () => undefined };
}

function assembleBriefing(config: Config, date: string, now: Date, topics: Topic[], sources: SourceReport[], asOf: Date): Briefing {
  const stories = topics.flatMap((topic) => topic.stories);
  return {
    version: 1,
    date,
    title: config.briefing.title,
    language: config.briefing.language,
    dir: directionOfLanguage(config.briefing.language),
    timezone: config.briefing.timezone,
    generatedAt: now.toISOString(),
    topics,
    sources,
    stats: {
      articles: stories.reduce((sum, story) => sum + story.articles.length, 0),
      stories: stories.length,
      shownStories: stories.filter((story) => story.shown).length,
    },
    maxAgeHours: config.briefing.maxAgeHours,
    asOf: asOf.toISOString(),
  };
}
