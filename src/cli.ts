#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from './briefingDate.js';
import { AlreadyRunningError, ConfigError, DeliveryError, describeError, EnvironmentError } from './errors.js';
import { EXIT } from './exitCodes.js';
import { projectPath } from './projectPath.js';


const DEFAULT_CONFIG = 'sources.json';

function version(): string {
  const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2026-11-23');
  return value;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

export function buildProgram(): Command {
  const program = new Command('briefing')
    // Throw instead of exiting, so that usage errors get the config exit code like other user errors.
    .exitOverride()
    .description('Turns a list of news sources into a daily email briefing.')
    .version(version(), '-V, --version')
    .showHelpAfterError('(add --help for usage)');

  program
    .command('init')
    .description('Write a commented starter sources.json and a sample article next to it; never overwrites a config.')
    .option('-c, --config <file>', 'the sources.json to write (must not exist yet)', DEFAULT_CONFIG)
    .addOption(new Option('-l, --lang <language>', 'language of the email, the sample article and the example feeds').choices(['en', 'ar']).default('en'))
    .addHelpText(
      'after',
      `
Writes the config with the sample folder (articles/, one article) as its only enabled source, so
that \`briefing run\` works at once and offline; two example feeds are there, off, and email
delivery is commented out. Exits 2 when the config file already exists.

Examples:
  briefing init
  briefing init --lang ar --config ~/news/sources.json`,
    )
    .action(async (options: { config: string; lang: 'en' | 'ar' }) => {
      const { initCommand } = await import('./commands/initCommand.js');
      process.exitCode = await initCommand(options);
    });

  program
    .command('run')
    .description('Collect, clean, group and render one briefing; archive it and send it when SMTP_URL is set.')
    .option('-c, --config <file>', 'the sources.json to use', DEFAULT_CONFIG)
    .option('-o, --out <dir>', 'archive folder (default: delivery.archiveDir of the config)')
    .option('-d, --date <YYYY-MM-DD>', 'date of the briefing (default: today in the briefing time zone); a past day is made as of its end, briefing.maxAgeHours counted back from there', parseDate)
    .option('--no-send', 'archive only, even when SMTP_URL is set')
    .option('--dry-run', 'write and send nothing; print what would be written')
    .option('--force', 'send again to recipients who already got this date’s briefing')
    .option('--resend-unknown', 'send again to recipients an earlier run may have reached (the server took the message but never confirmed it)')
    .option('--json', 'log one JSON object per line on stderr (per source, then the run with its stage timings)')
    .addOption(new Option('-q, --quiet', 'print only errors on stderr: no progress, no summary, no warnings').conflicts('json'))
    .addHelpText(
      'after',
      `
Environment:
  SMTP_URL   smtp://user:pass@host:587 (STARTTLS, required with a password) or smtps://…;
             without it the briefing is archived only
  NO_COLOR   set (to anything) for output without colour

Exit codes:
  0  a briefing was produced (some sources may have failed: see the summary)
  2  the config or the command line is wrong
  3  the briefing was archived but not every recipient got it (run again: only they are sent to),
     or the server never confirmed a message (not sent again without --resend-unknown)
  4  no article: every source failed, or every item was older than briefing.maxAgeHours
     (the message says which; the empty briefing is still archived)
  5  another run of this config (or \`briefing schedule\`) is in progress; try again when it ends
  6  the machine is the problem: a folder that cannot be written or is a file, a full disk
     (the message names the path and the cause)
  1  internal error (a bug: please report it)

Examples:
  briefing run                                   today's briefing from ./sources.json
  briefing run --config ~/news/sources.json --no-send
  briefing run --date 2026-11-23 --dry-run`,
    )
    .action(async (options: { config: string; out?: string; date?: string; send: boolean; dryRun?: boolean; force?: boolean; resendUnknown?: boolean; json?: boolean; quiet?: boolean }) => {
      // The cleaning worker boots on the second core while this thread reads the config.
      (await import('./clean/startCleaning.js')).prestartCleaning();
      const { runCommand } = await import('./commands/runCommand.js');
      process.exitCode = await runCommand(options);
    });

  program
    .command('schedule')
    .description('Run the briefing at briefing.schedule (cron, in briefing.timezone) until stopped; one run at a time.')
    .option('-c, --config <file>', 'the sources.json to use', DEFAULT_CONFIG)
    .option('--no-catch-up', 'do not run at start when the last scheduled run was missed (also: briefing.catchUp: false)')
    .option('-q, --quiet', 'log only failed runs and errors, on stderr')
    .addHelpText(
      'after',
      `
Each run is the same as \`briefing run\` and takes the same lock, so a manual run and a scheduled
one never overlap: the later one is skipped. At start, if the last time the schedule fired (within
a week) has no successful run after it (the machine was off), the briefing is made at once.
One line per run goes to stdout, e.g.
  2026-11-23T07:00:03Z run 2026-11-23 ok: 12 sources (1 failed), 140 articles, 31 stories, sent 2/2, 4.2 s

SIGINT or SIGTERM stops the schedule and lets a run in progress finish; a second signal cancels
that run (nothing half-written is left). The command then exits 0.

Environment:
  SMTP_URL   smtp://user:pass@host:587 or smtps://…; without it briefings are archived only

Examples:
  briefing schedule --config ~/news/sources.json
  briefing schedule --no-catch-up`,
    )
    .action(async (options: { config: string; catchUp: boolean; quiet?: boolean }) => {
      const { scheduleCommand } = await import('./commands/scheduleCommand.js');
      process.exitCode = await scheduleCommand(options);
    });

  program
    .command('preview')
    .argument('[date]', 'YYYY-MM-DD (default: today in the briefing time zone)', parseDate)
    .description('Make a briefing without sending it and serve the archive on 127.0.0.1 for a look in the browser.')
    .option('-c, --config <file>', 'the sources.json to use', DEFAULT_CONFIG)
    .option('-p, --port <port>', 'port on 127.0.0.1 (0 picks a free one)', parsePort, 8787)
    .option('--no-serve', 'only print the path of the HTML file')
    .option('--refresh', 'make the briefing again even if that date is archived')
    .action(async (date: string | undefined, options: { config: string; port: number; serve: boolean; refresh?: boolean }) => {
      const { previewCommand } = await import('./commands/previewCommand.js');
      process.exitCode = await previewCommand({ ...options, ...(date ? { date } : {}) });
    });

  program
    .command('check')
    .description('Validate the config and report every problem with its JSON path; then read each source once and show how it went.')
    .option('-c, --config <file>', 'the sources.json to check', DEFAULT_CONFIG)
    .option('--no-probe', 'only validate the config; do not read the sources')
    .option('-q, --quiet', 'print only problems: the config\'s, and sources that could not be read')
    .action(async (options: { config: string; probe: boolean; quiet?: boolean }) => {
      const { checkCommand } = await import('./commands/checkCommand.js');
      process.exitCode = await checkCommand(options);
    });

  program
    .command('explain')
    .description('Clean one article as a run would and show what was kept, and what was removed by which rule.')
    .argument('<file-or-url>', 'a .txt, .md or .html file, or the http(s) address of a web page or feed')
    .option('--json', 'print { title, url, language, dir, text, removed, metadata, section, sectionReason, topicMatch } as JSON (an array for a feed)')
    .option('-c, --config <file>', 'clean and file the article with the cleaning rules, topics and category table of this sources.json')
    .addHelpText(
      'after',
      `
Examples:
  briefing explain examples/articles/ar-water-summit-outlet1.txt
  briefing explain https://example.org/news/1234 --json
  briefing explain examples/articles/en-port-ransomware.txt --config sources.json`,
    )
    .action(async (target: string, options: { json?: boolean; config?: string }) => {
      const { explainCommand } = await import('./commands/explainCommand.js');
      process.exitCode = await explainCommand(target, options);
    });

  const sources = program
    .command('sources')
    .description('Import sources from OPML, export them as OPML, list them with their health.');

  sources
    .command('import')
    .description('Add the feeds of an OPML file to sources.json, keeping the rest of the file as written; duplicates are reported and skipped.')
    .argument('<file>', 'an OPML 1.0 or 2.0 file, as feed readers export it')
    .option('-c, --config <file>', 'the sources.json to add to (made if it does not exist)', DEFAULT_CONFIG)
    .option('--folders-as-topics', 'give each feed the name of its OPML folder as its topic')
    .option('--dry-run', 'show what would be added; write nothing')
    .addHelpText(
      'after',
      `
Examples:
  briefing sources import subscriptions.opml
  briefing sources import subscriptions.opml --folders-as-topics --dry-run`,
    )
    .action(async (file: string, options: { config: string; foldersAsTopics?: boolean; dryRun?: boolean }) => {
      const { sourcesImportCommand } = await import('./commands/sourcesImportCommand.js');
      process.exitCode = await sourcesImportCommand(file, options);
    });

  sources
    .command('export')
    .description('Write the feeds of sources.json as OPML 2.0 (topics become folders; disabled feeds are commented out).')
    .option('-c, --config <file>', 'the sources.json to export', DEFAULT_CONFIG)
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--include-secrets', 'write passwords and token parameters of addresses as configured (by default they are written as ***)')
    .addHelpText(
      'after',
      `
Examples:
  briefing sources export > subscriptions.opml
  briefing sources export --config ~/news/sources.json --out ~/news/subscriptions.opml`,
    )
    .action(async (options: { config: string; out?: string; includeSecrets?: boolean }) => {
      const { sourcesExportCommand } = await import('./commands/sourcesExportCommand.js');
      process.exitCode = await sourcesExportCommand(options);
    });

  sources
    .command('list')
    .description('List the sources with their health from the state store: last success, failures, last error, and the publication date of the newest item.')
    .option('-c, --config <file>', 'the sources.json to list', DEFAULT_CONFIG)
    .option('--json', 'print the rows as a JSON array')
    .action(async (options: { config: string; json?: boolean }) => {
      const { sourcesListCommand } = await import('./commands/sourcesListCommand.js');
      process.exitCode = await sourcesListCommand(options);
    });

  return program;
}

/** Turns any error into a message and an exit code: users get advice, bugs get a stack trace. */
export function exitCodeFor(error: unknown, write: (text: string) => void): number {
  if (error instanceof CommanderError) {
    // Commander has already printed the message (or the help, or the version).
    return error.exitCode === 0 ? EXIT.ok : EXIT.config;
  }
  if (error instanceof ConfigError) {
    write(`briefing: ${error.message}\n`);
    return EXIT.config;
  }
  if (error instanceof AlreadyRunningError) {
    write(`briefing: ${error.message}\n`);
    return EXIT.running;
  }
  if (error instanceof DeliveryError) {
    write(`briefing: ${error.message}\n`);
    return EXIT.delivery;
  }
  if (error instanceof EnvironmentError) {
    write(`briefing: ${error.message}\n`);
    return EXIT.environment;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : describeError(error);
  write(`briefing: internal error, please report it with the lines below.\n${stack}\n`);
  return EXIT.internal;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error, (text) => process.stderr.write(text));
  }
}

// Run only when executed (also through the npm bin symlink), not when imported by tests.
const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (invoked === import.meta.url) await main();
