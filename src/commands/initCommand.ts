import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { EXIT } from '../exitCodes.js';
import { toEnvironmentError } from '../machine/toEnvironmentError.js';
import { projectPath } from '../projectPath.js';
import { sampleArticle } from './init/sampleArticle.js';
import { starterConfig, type StarterLanguage } from './init/starterConfig.js';

export interface InitOptions {
  /** The sources.json to write; it must not exist yet. */
  config: string;
  /** Language of the email's interface, the sample article and the example feeds. */
  lang: StarterLanguage;
}

const ARTICLES = 'articles';

/**
 * `briefing init`: writes a commented starter sources.json and a sample folder with one article,
 * so that `briefing run` works at once, offline; then prints the next three commands. It never
 * overwrites: an existing config is refused (exit 2), an existing sample article is left as it is.
 */
export async function initCommand(options: InitOptions, out: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  const configFile = path.resolve(options.config);
  const folder = path.dirname(configFile);
  const articles = path.join(folder, ARTICLES);
  const sample = sampleArticle(options.lang);
  const text = starterConfig({
    language: options.lang,
    timezone: machineTimezone(),
    schemaPath: toPosix(path.relative(folder, projectPath('sources.schema.json'))),
    articlesFolder: ARTICLES,
  });

  await createOnly(configFile, text, () => {
    throw new ConfigError(`${configFile} already exists: init never overwrites a config (edit it, or pass another file with --config FILE)`);
  });
  const wroteSample = await createOnly(path.join(articles, sample.name), sample.text, () => false);

  const shown = path.relative(process.cwd(), configFile) || configFile;
  const config = shown === 'sources.json' ? '' : ` --config ${quoteForShell(shown)}`;
  const here = (file: string): string => path.relative(process.cwd(), file) || '.';
  const next: [string, string][] = [
    [`briefing sources import subscriptions.opml${config}`, `add your feed reader's feeds (or edit ${path.basename(configFile)})`],
    [`briefing run${config}`, `make today's briefing, in ${here(path.join(folder, 'briefings'))}/`],
    [`briefing schedule${config}`, 'make one every day at 07:00 (briefing.schedule)'],
  ];
  const width = Math.max(...next.map(([command]) => command.length));
  const lines = [
    `Wrote ${shown}${wroteSample ? ` and ${here(path.join(articles, sample.name))}, a sample article: the first run needs no network.` : '.'}`,
    'Next:',
    ...next.map(([command, why]) => `  ${command.padEnd(width)}   # ${why}`),
  ];
  out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** Writes a file only if there is none; `onExists` decides what an existing one means. */
async function createOnly<T>(file: string, content: string, onExists: () => T): Promise<T | true> {
  await makeFolder(path.dirname(file));
  try {
    await writeFile(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return onExists();
    throw toEnvironmentError(error, `write ${file}`, file) ?? error;
  }
}

async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw toEnvironmentError(error, `make the folder ${folder}`, folder) ?? error;
  }
}

function machineTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

function quoteForShell(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
