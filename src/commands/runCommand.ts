import path from 'node:path';
import { startRunCleaning } from '../clean/startRunCleaning.js';
import { loadConfig } from '../config/load.js';
import { parseSmtpUrl } from '../deliver/parseSmtpUrl.js';
import type { SendFailure } from '../deliver/sendEmail.js';
import { EXIT } from '../exitCodes.js';
import type { RunResult } from '../pipeline.js';
import type { Briefing } from '../types.js';
import { explainNoArticles } from './explainNoArticles.js';
import { reportProgress } from './reportProgress.js';

export interface RunCommandOptions {
  config: string;
  out?: string;
  date?: string;
  send: boolean;
  dryRun?: boolean;
  force?: boolean;
  /** Send again to recipients whose delivery an earlier run could not confirm. */
  resendUnknown?: boolean;
  /** One JSON object per line on stderr instead of text for people. */
  json?: boolean;
  /** Only errors on stderr: no progress, no summary, no warnings (cron mails only what went wrong). */
  quiet?: boolean;
}

/** `briefing run`: one briefing; a summary for people on stderr, the dry-run listing on stdout. */
export async function runCommand(
  options: RunCommandOptions,
  io: RunIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), env: process.env, tty: process.stderr.isTTY },
): Promise<number> {
  const { config, warnings } = await loadConfig(path.resolve(options.config));
  // A malformed SMTP_URL is a ConfigError (exit 2) before anything runs, not a failure after the archive.
  if (io.env.SMTP_URL) parseSmtpUrl(io.env.SMTP_URL);
  const quiet = options.quiet ?? false;
  if (!quiet) for (const warning of warnings) io.err(`warning: ${warning}\n`);
  const sources = config.sources.filter((source) => source.enabled).length;
  // The cleaning workers boot (Node, the cleaning modules, the compiled phrase rules) on their own
  // core while this thread loads the rest of the run and takes the run lock.
  const cleaning = startRunCleaning(config, sources);
  let result: RunResult;
  try {
    // The pipeline pulls in MJML and friends: load it only once the config is known to be good.
    // A real run holds the config's run lock (exit 5 while another run or the scheduler has it) and
    // is recorded in the run history; a dry run writes nothing, so it needs neither.
    const { runBriefing } = await import('../pipeline.js');
    const mode = options.json ? 'json' : io.tty && !io.env.CI ? 'tty' : 'plain';
    const progress = reportProgress(mode, sources, quiet ? () => undefined : io.err);
    const { runExclusive } = await import('../schedule/runExclusive.js');
    const run = options.dryRun ? runBriefing : runExclusive;
    result = await run(
      config,
      {
        ...(options.date ? { date: options.date } : {}),
        ...(options.out ? { archiveDir: path.resolve(options.out) } : {}),
        send: options.send,
        dryRun: options.dryRun ?? false,
        force: options.force ?? false,
        resendUnknown: options.resendUnknown ?? false,
      },
      { cleaning, ...(io.env.SMTP_URL ? { smtpUrl: io.env.SMTP_URL } : {}), onSource: (report) => { progress.source(report); } },
    );
    progress.finish();
  } finally {
    // The run closes it; this is for a run that never started (another one holds the lock).
    cleaning.close();
  }
  if (!quiet) io.err(options.json ? `${JSON.stringify(runEvent(result))}\n` : summarize(result, options.dryRun ?? false));
  if (options.dryRun) {
    for (const file of result.files) io.out(`would write ${path.relative(process.cwd(), file) || file}\n`);
  }
  const failed = result.sent?.failed ?? [];
  if (failed.length > 0) {
    // Without the summary, the errors still name who was left out and which sources failed.
    if (quiet) for (const failure of failed) io.err(`${describeFailure(failure)}\n`);
    const missed = failed.filter((failure) => !failure.unknown).length;
    const unknown = failed.length - missed;
    if (missed > 0) io.err(`The briefing is archived, but ${missed} recipient(s) did not get it; run again to send only to them.\n`);
    if (unknown > 0) {
      io.err(`${unknown} recipient(s) may have got it: the server never confirmed. Later runs do not send it to them again; \`briefing run --resend-unknown\` does.\n`);
    }
    return EXIT.delivery;
  }
  if (result.briefing.stats.articles === 0) {
    if (quiet) for (const source of result.briefing.sources) if (source.status === 'failed') io.err(`  ✗ ${source.name}: ${source.error ?? ''}\n`);
    // With --json the reason is in the run event: every line on stderr stays one JSON object.
    if (!options.json) io.err(`${explainNoArticles(result.briefing)}\n`);
    return EXIT.noArticles;
  }
  return EXIT.ok;
}

export interface RunIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal: progress is one live line. */
  tty?: boolean;
}

/** The run as one JSON object, for `--json` logs. */
function runEvent(result: RunResult): Record<string, unknown> {
  const { briefing } = result;
  const count = (status: string) => briefing.sources.filter((source) => source.status === status).length;
  return {
    event: 'run',
    time: new Date().toISOString(),
    date: briefing.date,
    sources: { ok: count('ok'), failed: count('failed'), empty: count('empty'), notModified: briefing.sources.filter((source) => source.notModified).length },
    ...(briefing.asOf ? { asOf: briefing.asOf } : {}),
    ...(briefing.maxAgeHours === undefined ? {} : { maxAgeHours: briefing.maxAgeHours }),
    // Items left out for their age, by source: the reason an all-"ok" run can be empty.
    skippedOld: Object.fromEntries(briefing.sources.flatMap((source) => (source.skippedOld ? [[source.name, source.skippedOld]] : []))),
    articles: briefing.stats.articles,
    stories: briefing.stats.stories,
    shownStories: briefing.stats.shownStories,
    files: result.files,
    timings: result.timings,
    // What the run cost this process, for benchmarks and for people watching a small machine.
    resources: (() => {
      const usage = process.resourceUsage();
      return { cpuUserMs: Math.round(usage.userCPUTime / 1000), cpuSystemMs: Math.round(usage.systemCPUTime / 1000), maxRssMb: Math.round(usage.maxRSS / 1024) };
    })(),
    warnings: result.warnings,
    ...(result.sent ? { sent: result.sent } : {}),
    ...(result.notSent ? { notSent: result.notSent } : {}),
    ...(briefing.stats.articles === 0 ? { noArticles: explainNoArticles(briefing) } : {}),
  };
}

function summarize(result: RunResult, dryRun: boolean): string {
  const { briefing } = result;
  const count = (status: string) => briefing.sources.filter((source) => source.status === status).length;
  const lines = [
    `Briefing ${briefing.date} "${briefing.title}"${asOfLine(briefing)}`,
    `  sources: ${count('ok')} ok, ${count('failed')} failed, ${count('empty')} empty`,
    ...briefing.sources.filter((source) => source.status === 'failed').map((source) => `    ✗ ${source.name}: ${source.error ?? ''}`),
    ...briefing.sources.filter((source) => source.skippedOld).map((source) => `    ${source.name}: ${source.skippedOld} older than ${briefing.maxAgeHours} h left out`),
    `  articles: ${briefing.stats.articles}, stories: ${briefing.stats.stories} (${briefing.stats.shownStories} shown) in ${briefing.topics.length} topic(s)`,
    ...result.warnings.map((warning) => `  warning: ${warning}`),
  ];
  if (!dryRun) lines.push(`  wrote ${result.files.map((file) => path.relative(process.cwd(), file) || file).join(', ')}`);
  if (result.sent) {
    if (result.sent.accepted.length > 0) lines.push(`  email: sent to ${result.sent.accepted.join(', ')}`);
    if (result.sent.alreadySent.length > 0) lines.push(`  email: already sent earlier to ${result.sent.alreadySent.join(', ')} (--force sends again)`);
    if (result.sent.unconfirmed?.length) {
      lines.push(`  email: not sent again to ${result.sent.unconfirmed.join(', ')}: an earlier run may have delivered it (--resend-unknown sends again)`);
    }
    for (const failure of result.sent.failed) lines.push(describeFailure(failure));
  } else if (result.notSent) lines.push(`  email: ${result.notSent}`);
  return `${lines.join('\n')}\n`;
}

/** One recipient not reached, or not confirmed, and why. */
function describeFailure(failure: SendFailure): string {
  if (failure.unknown) return `  email: MAY HAVE BEEN SENT to ${failure.recipient} (no confirmation; not sent again): ${failure.reason}`;
  const how = failure.permanent ? 'refused' : failure.attempts === undefined ? 'gave up after retries' : failure.attempts === 0 ? 'not tried' : `gave up after ${failure.attempts} attempt(s)`;
  return `  email: NOT sent to ${failure.recipient} (${how}): ${failure.reason}`;
}

/** Said only when the run was made as of a past day (--date), whose end the age window counts from. */
function asOfLine(briefing: Briefing): string {
  if (briefing.asOf === undefined || briefing.asOf >= briefing.generatedAt) return '';
  return `, as of the end of that day in ${briefing.timezone}`;
}
