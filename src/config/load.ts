import { readFile } from 'node:fs/promises';
import { parse as parseJsonc, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
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

/**
 * JSON with comments (`//` and `/* … *\/`, as `briefing init` writes them), but no trailing commas,
 * with the first syntax error placed at a line and column the user can go to. Plain JSON takes
 * JSON.parse; anything else goes to jsonc-parser, VS Code's JSON scanner, since Node 20's
 * JSON.parse often gives no position ("Unexpected end of JSON input").
 */
export function parseJson(text: string, file: string): unknown {
  // Positions are counted in the text without its BOM, as an editor shows it.
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(json, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) {
      if (value !== undefined) return value;
      throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    throw new ConfigError(`${file}${lineAndColumn(json, first.offset)}: not valid JSON (${describeParseError(first.error)})`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

/** jsonc-parser's codes ("CommaExpected") as words ("comma expected"). */
function describeParseError(code: ParseErrorCode): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
