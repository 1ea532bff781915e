import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { writeAtomic } from '../deliver/writeAtomic.js';
import { EXIT } from '../exitCodes.js';
import { redactUrl } from '../text/redactUrl.js';
import { formatOpml } from './opml/formatOpml.js';

export interface SourcesExportOptions {
  config: string;
  /** Write the OPML here instead of to stdout. */
  out?: string;
  /**
   * Write each address as configured. Without it a password or a token parameter is written as
   * `***`: an OPML file is made to be shared.
   * @default false
   */
  includeSecrets?: boolean;
}

export interface SourcesExportIo {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}

/**
 * `briefing sources export`: the config's feeds as OPML 2.0, for a feed reader or another tool.
 * Local files and folders have no place in OPML: they are named on stderr as left out. Secrets in
 * addresses are written as `***` unless `includeSecrets`, and stderr says how many were.
 */
export async function sourcesExportCommand(
  options: SourcesExportOptions,
  io: SourcesExportIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), now: () => new Date() },
): Promise<number> {
  const { config } = await loadConfig(path.resolve(options.config));
  const address = (url: string) => (options.includeSecrets ? url : redactUrl(url));
  const feeds = config.sources.flatMap((source) =>
    source.url === undefined ? [] : [{ name: source.name, url: address(source.url), enabled: source.enabled, ...(source.topic === undefined ? {} : { topic: source.topic }) }],
  );
  const redacted = config.sources.filter((source) => source.url !== undefined && address(source.url) !== source.url).length;
  const opml = formatOpml(config.briefing.title, feeds, io.now());
  const local = config.sources.filter((source) => source.url === undefined).map((source) => source.name);
  if (options.out) {
    const file = path.resolve(options.out);
    await writeAtomic(file, opml);
    io.err(`Wrote ${feeds.length} feed(s) to ${file}\n`);
  } else io.out(opml);
  if (redacted > 0) io.err(`Hid the password or token in ${redacted} address(es) as ***; --include-secrets writes them as configured\n`);
  if (local.length > 0) io.err(`Left out ${local.length} local source(s), since OPML lists feeds: ${local.join(', ')}\n`);
  return EXIT.ok;
}
