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
  // Positions are counted in the text JSON.parse saw, so the BOM goes before either is used.
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const where = lineAndColumn(json, offset === undefined ? findSyntaxError(json) : Number(offset));
    throw new ConfigError(`${file}${where}: not valid JSON (${message})`);
  }
}

function lineAndColumn(text: string, offset: number | undefined): string {
  if (offset === undefined) return '';
  const before = text.slice(0, offset).split('\n');
  return `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The offset of the first syntax error in `text`, for the messages that Node 20's JSON.parse gives
 * without a position ("Unexpected token '}'", "Unexpected end of JSON input"). Undefined if none is found.
 */
function findSyntaxError(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string): void => {
    if (text[i] !== char) fail();
    i++;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') fail();
      i++;
      if (char === '"') return;
      if (char === '\\') {
        if (!'"\\/bfnrtu'.includes(text[i] ?? 'x')) fail();
        i++;
      }
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (text[i] !== ',') return expect('}');
        i++;
      }
    }
    if (char === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] !== ',') return expect(']');
        i++;
      }
    }
    if (char === '"') return string();
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return offset as number;
  }
}
