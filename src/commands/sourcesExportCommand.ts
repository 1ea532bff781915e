import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { writeAtomic } from '../deliver/writeAtomic.js';
import { EXIT } from '../exitCodes.js';
import { formatOpml } from './opml/formatOpml.js';

export interface SourcesExportOptions {
  config: string;
  /** Write the OPML here instead of to stdout. */
  out?: string;
}

export interface SourcesExportIo {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}

/**
 * `briefing sources export`: the config's feeds as OPML 2.0, for a feed reader or another tool.
 * Local files and folders have no place in OPML: they are named on stderr as left out.
 */
export async function sourcesExportCommand(
  options: SourcesExportOptions,
  io: SourcesExportIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), now: () => new Date() },
): Promise<number> {
  const { config } = await loadConfig(path.resolve(options.config));
  const feeds = config.sources.flatMap((source) =>
    source.url === undefined ? [] : [{ name: source.name, url: source.url, enabled: source.enabled, ...(source.topic === undefined ? {} : { topic: source.topic }) }],
  );
  const opml = formatOpml(config.briefing.title, feeds, io.now());
  const local = config.sources.filter((source) => source.url === undefined).map((source) => source.name);
  if (options.out) {
    const file = path.resolve(options.out);
    await writeAtomic(file, opml);
    io.err(`Wrote ${feeds.length} feed(s) to ${file}\n`);
  } else io.out(opml);
  if (local.length > 0) io.err(`Left out ${local.length} local source(s), since OPML lists feeds: ${local.join(', ')}\n`);
  return EXIT.ok;
}
