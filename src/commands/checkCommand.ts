import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseJson } from '../config/load.js';
import { resolveConfig, type Config } from '../config/resolve.js';
import { validateConfig } from '../config/validate.js';
import { parseSmtpUrl } from '../deliver/parseSmtpUrl.js';
import { ConfigError } from '../errors.js';
import { EXIT } from '../exitCodes.js';
import { warnOldSources, type NewestItem } from './warnOldSources.js';

/**
 * `briefing check`: every problem of the config on its own line (exit 2 when there is any), then,
 * unless `--no-probe`, each source read once with a table of how it went. A source that fails the
 * probe is reported, not an error of the config: exit 0. With `quiet`, only problems are printed:
 * the config's, then each source that could not be read, on stderr. A feed whose newest item is older
 * than `briefing.maxAgeHours` is warned about (from the probe, or with `--no-probe` from what the
 * last run stored): a run would leave out all its items, yet report it "ok". A malformed SMTP_URL in
 * the environment is a problem too (exit 2), named without its password.
 */
export async function checkCommand(
  options: { config: string; probe?: boolean; quiet?: boolean },
  write: (text: string) => void = (text) => process.stderr.write(text),
  print: (text: string) => void = (text) => process.stdout.write(text),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const file = path.resolve(options.config);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(`cannot read the config ${file} (pass another one with --config FILE)`);
  }
  const { config, errors, warnings } = validateConfig(parseJson(text, file));
  const quiet = options.quiet ?? false;
  if (!quiet) for (const warning of warnings) write(`warning: ${warning}\n`);
  const smtp = checkSmtpUrl(env.SMTP_URL);
  if (!config) {
    write(`${file}: ${errors.length} problem${errors.length > 1 ? 's' : ''}\n`);
    for (const error of errors) write(`  ✗ ${error}\n`);
    if (smtp.problem) write(`✗ ${smtp.problem}\n`);
    write('Fix them and run `briefing check` again; sources.schema.json describes every key.\n');
    return EXIT.config;
  }
  const enabled = config.sources.filter((source) => source.enabled).length;
  if (!quiet) write(`${file}: valid, ${enabled} source${enabled === 1 ? '' : 's'}, ${config.topics.length} topic${config.topics.length === 1 ? '' : 's'}\n`);
  if (smtp.problem) {
    write(`✗ ${smtp.problem}\n`);
    return EXIT.config;
  }
  if (!quiet && smtp.summary) write(`${smtp.summary}\n`);
  const resolved = resolveConfig(config, file);
  const warnOld = (feeds: NewestItem[], seen: 'now' | 'at the last run') => {
    if (!quiet) for (const warning of warnOldSources(feeds, new Date(), config.briefing.maxAgeHours, seen)) write(`warning: ${warning}\n`);
  };
  if (options.probe === false) {
    warnOld(await rememberedNewest(resolved), 'at the last run');
    return EXIT.ok;
  }
  const { probeSources, formatProbes } = await import('./probeSources.js');
  const probes = await probeSources(resolved.sources);
  if (!quiet) print(formatProbes(probes));
  else for (const probe of probes) if (!probe.ok) write(`✗ ${probe.name}: ${probe.error ?? ''}\n`);
  warnOld(probes.filter((probe) => probe.ok && probe.kind === 'feed'), 'now');
  return EXIT.ok;
}

/** SMTP_URL as a run would read it: what is wrong with it, or where mail would go (never the password). */
function checkSmtpUrl(value: string | undefined): { problem?: string; summary?: string } {
  if (!value) return {};
  try {
    const target = parseSmtpUrl(value);
    const security = target.secure ? 'TLS from the start' : target.auth ? 'STARTTLS required before the password' : 'no login, STARTTLS when the server offers it';
    return { summary: `SMTP_URL: ${target.display} (${security})` };
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.message };
    throw error;
  }
}

/** The newest item of each enabled feed as the last run stored it; nothing when no run has happened. */
async function rememberedNewest(config: Config): Promise<NewestItem[]> {
  const { openStoreForReading } = await import('../store/openStore.js');
  const store = openStoreForReading(config.delivery.stateDir);
  if (!store) return [];
  try {
    const health = store.history.health();
    return config.sources.filter((source) => source.enabled && source.url !== undefined).map((source) => ({ name: source.name, newest: health.get(source.name)?.newestItem ?? null }));
  } finally {
    store.close();
  }
}
