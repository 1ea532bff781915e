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
    // Node 20 quotes the text around the error, over several lines: the line and column say it better.
    const reason = message.replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '');
    throw new ConfigError(`${file}${where}: not valid JSON (${reason})`);
  }
}

function lineAndColumn(text: string, offset: number | undefined): string {
  if (offset === undefined) return '';
  const before = text.slice(0, offset).split('\n');
  return `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

const ESCAPE = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/**
 * The offset of the first syntax error in `text`, for the messages that Node 20's JSON.parse gives
 * without a position ("Unexpected token '}'", "Unexpected end of JSON input"). Undefined if none is found.
 */
function findSyntaxError(text: string): number | undefined {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string): void => {
    if (text[i] !== char) throw new SyntaxAt(i);
    i++;
  };
  const string = (): void => {
    expect('"');
    for (let char = text[i]; char !== '"'; char = text[i]) {
      const escape = char === '\\' ? ESCAPE.exec(text.slice(i, i + 6))?.[0] : char;
      if (char === undefined || char < ' ' || escape === undefined) throw new SyntaxAt(i);
      i += escape.length;
    }
    i++;
  };
  // Members of an object or items of an array, after the opening bracket.
  const members = (close: string, member: () => void): void => {
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] !== ',') break;
      i++;
      space();
    }
    expect(close);
  };
  const value = (): void => {
    space();
    const char = text[i];
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    NUMBER.lastIndex = i;
    if (char === '{') {
      i++;
      members('}', () => {
        string();
        space();
        expect(':');
        value();
      });
    } else if (char === '[') {
      i++;
      members(']', value);
    } else if (char === '"') string();
    else if (literal) i += literal.length;
    else if (NUMBER.test(text)) i = NUMBER.lastIndex;
    else throw new SyntaxAt(i);
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
}
