import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseJson } from '../config/load.js';
import { validateConfig } from '../config/validate.js';
import { writeAtomic } from '../deliver/writeAtomic.js';
import { ConfigError } from '../errors.js';
import { EXIT } from '../exitCodes.js';
import { redactUrl } from '../text/redactUrl.js';
import { parseOpml } from './opml/parseOpml.js';
import { planImport, type SkippedFeed } from './opml/planImport.js';
import { insertSources } from './opml/insertSources.js';

export interface SourcesImportOptions {
  config: string;
  /** Each feed's OPML folder becomes its source's `topic`. */
  foldersAsTopics?: boolean;
  /** Report what would be added; write nothing. */
  dryRun?: boolean;
}

/** A config to start from when there is none yet: the import adds its only sources. */
const EMPTY_CONFIG = '{\n  "$schema": "./sources.schema.json",\n  "sources": []\n}\n';

/**
 * `briefing sources import FILE.opml`: appends the OPML file's feeds to sources.json, leaving the
 * rest of the file as it was written, and reports the feeds it skipped (already there, listed twice,
 * not an http(s) address). The result is validated before it replaces the config, atomically.
 */
export async function sourcesImportCommand(
  opmlFile: string,
  options: SourcesImportOptions,
  out: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const opml = path.resolve(opmlFile);
  const configFile = path.resolve(options.config);
  const feeds = parseOpml(await readText(opml, 'the OPML file'), opml);
  const existing = await readFile(configFile, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`cannot read the config ${configFile}: ${(error as Error).message}`);
  });
  const text = existing ?? EMPTY_CONFIG;
  const before = existing === undefined ? { sources: [] } : validated(text, configFile, 'fix it first (`briefing check` lists every problem)');

  const plan = planImport(before.sources, feeds, { file: path.basename(opml), foldersAsTopics: options.foldersAsTopics ?? false });
  const updated = insertSources(text, plan.add as unknown as Record<string, unknown>[]);
  if (plan.add.length > 0) {
    // A name or topic from the OPML file that the schema refuses must not leave a broken config behind.
    validated(updated, configFile, 'the import would make it invalid (nothing was written)');
    if (!options.dryRun) await writeAtomic(configFile, updated);
  }

  const verb = options.dryRun ? 'Would add' : 'Added';
  const lines = [`${verb} ${plan.add.length} of ${feeds.length} feed(s) from ${path.basename(opml)} to ${configFile}${options.dryRun ? ' (--dry-run: nothing written)' : ''}`];
  for (const source of plan.add) {
    lines.push(`  + ${source.name}  ${redactUrl(source.url)}${source.topic ? `  (topic: ${source.topic})` : ''}${source.enabled === false ? '  (disabled: commented out in the OPML)' : ''}`);
  }
  if (plan.duplicates.length > 0) lines.push(`Skipped ${plan.duplicates.length} duplicate(s):`, ...plan.duplicates.map(skipped));
  if (plan.invalid.length > 0) lines.push(`Skipped ${plan.invalid.length} outline(s) that are not feeds:`, ...plan.invalid.map(skipped));
  out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function skipped(feed: SkippedFeed): string {
  return `  = ${feed.name || '(no name)'}  ${redactUrl(feed.url)}: ${feed.reason}`;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function validated(text: string, file: string, advice: string): { sources: { name: string; url?: string }[] } {
  const { config, errors } = validateConfig(parseJson(text, file));
  if (!config) throw new ConfigError(`${file}: ${advice}:\n  ${errors.join('\n  ')}`, errors);
  return config;
}
