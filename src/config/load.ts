import { readFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import { resolveConfig, type Config } from './resolve.js';
import { validateConfig } from './validate.js';

export interface LoadedConfig {
  config: Config;
  warnings: string[];
}

/** Reads, validates and resolves a config file; throws one ConfigError listing every problem. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  const json = parseJson(await readConfigText(file), file);
  const { config, errors, warnings } = validateConfig(json);
  if (!config) {
    throw new ConfigError(`${file} has ${errors.length} problem${errors.length > 1 ? 's' : ''}:\n  ${errors.join('\n  ')}`, errors);
  }
  return { config: resolveConfig(config, file), warnings };
}

async function readConfigText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new ConfigError(`cannot read the config ${file}: ${reason} (pass another one with --config FILE)`);
  }
}

/** JSON.parse with the error placed at a line and column the user can go to. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position?.[1]) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset).split('\n');
      where = `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
    }
    throw new ConfigError(`${file}${where}: not valid JSON (${message})`);
  }
}
