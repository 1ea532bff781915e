#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { isIsoDate } from './briefingDate.js';
import { ConfigError, DeliveryError, describeError } from './errors.js';

/** Exit codes, documented in the README. Only this file decides them. */
export const EXIT = { ok: 0, internal: 1, config: 2, delivery: 3, noArticles: 4 } as const;

const DEFAULT_CONFIG = 'sources.json';

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2026-11-23');
  return value;
}

export function buildProgram(): Command {
  const program = new Command('briefing')
    .description('Turns a list of news sources into a daily email briefing.')
    .version(version(), '-V, --version')
    .showHelpAfterError('(add --help for usage)');

  program
    .command('run')
    .description('Collect, clean, group and render one briefing; archive it and send it when SMTP_URL is set.')
    .option('-c, --config <file>', 'the sources.json to use', DEFAULT_CONFIG)
    .option('-o, --out <dir>', 'archive folder (default: delivery.archiveDir of the config)')
    .option('-d, --date <YYYY-MM-DD>', 'date of the briefing (default: today in the briefing time zone)', parseDate)
    .option('--no-send', 'archive only, even when SMTP_URL is set')
    .option('--dry-run', 'write and send nothing; print what would be written')
    .action(async (options: { config: string; out?: string; date?: string; send: boolean; dryRun?: boolean }) => {
      const { runCommand } = await import('./commands/runCommand.js');
      process.exitCode = await runCommand(options);
    });

  program
    .command('check')
    .description('Validate the config and report every problem with its JSON path.')
    .option('-c, --config <file>', 'the sources.json to check', DEFAULT_CONFIG)
    .action(async (options: { config: string }) => {
      const { checkCommand } = await import('./commands/checkCommand.js');
      process.exitCode = await checkCommand(options);
    });

  return program;
}

/** Turns any error into a message and an exit code: users get advice, bugs get a stack trace. */
export function exitCodeFor(error: unknown, write: (text: string) => void): number {
  if (error instanceof ConfigError) {
    write(`briefing: ${error.message}\n`);
    return EXIT.config;
  }
  if (error instanceof DeliveryError) {
    write(`briefing: ${error.message}\n`);
    return EXIT.delivery;
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

// Run only when executed, not when imported by tests.
const invoked = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invoked && import.meta.url.endsWith(path.basename(invoked)) && /cli\.(js|ts)$/.test(invoked)) await main();
