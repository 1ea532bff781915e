import path from 'node:path';
import type { ParsedConfig, SourceConfig } from './schema.js';

export interface ResolvedSource extends SourceConfig {
  /** `path` made absolute against the config file's folder. */
  path?: string;
}

/** A validated config whose paths are absolute, resolved against the config file's folder. */
export interface Config extends Omit<ParsedConfig, 'sources' | 'delivery'> {
  /** Absolute path of the config file the rest was read from. */
  configFile: string;
  sources: ResolvedSource[];
  delivery: Omit<ParsedConfig['delivery'], 'archiveDir' | 'stateDir'> & {
    archiveDir: string;
    stateDir: string;
  };
}

/**
 * Makes every path in the config absolute against the config file's folder, so that two configs
 * in two folders never share an archive or a state folder.
 */
export function resolveConfig(parsed: ParsedConfig, configFile: string): Config {
  const base = path.dirname(path.resolve(configFile));
  const resolve = (p: string) => path.resolve(base, p);
  return {
    ...parsed,
    configFile: path.resolve(configFile),
    briefing: {
      ...parsed.briefing,
      ...(parsed.briefing.templatesDir === undefined ? {} : { templatesDir: resolve(parsed.briefing.templatesDir) }),
    },
    sources: parsed.sources.map((source) =>
      source.path === undefined ? source : { ...source, path: resolve(source.path) },
    ),
    delivery: {
      ...parsed.delivery,
      archiveDir: resolve(parsed.delivery.archiveDir),
      stateDir: resolve(parsed.delivery.stateDir),
    },
  };
}
