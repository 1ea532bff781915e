import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseJson } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();

async function writeConfig(text: string): Promise<string> {
  const file = path.join(await makeTempDir(), 'sources.json');
  await writeFile(file, text);
  return file;
}

async function configErrorOf(promise: Promise<unknown>): Promise<ConfigError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadConfig', () => {
  it('reads, validates and resolves a config against its own folder', async () => {
    const file = await writeConfig(
      JSON.stringify({ sources: [{ name: 'Notes', path: 'notes' }, { name: 'Old', url: 'https://old.example/rss', enabled: false }] }),
    );
    const dir = path.dirname(file);
    const { config, warnings } = await loadConfig(file);
    expect(config.configFile).toBe(file);
    expect(config.sources[0]?.path).toBe(path.join(dir, 'notes'));
    expect(config.delivery).toEqual({ archiveDir: path.join(dir, 'briefings'), stateDir: path.join(dir, '.briefing') });
    expect(warnings).toEqual(['sources[1]: "Old" is disabled and will be skipped']);
  });

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const file = await writeConfig(`\uFEFF${JSON.stringify({ sources: [{ name: 'Notes', path: 'notes' }] })}`);
    expect((await loadConfig(file)).config.sources).toHaveLength(1);
  });

  it('throws one ConfigError listing every problem', async () => {
    const file = await writeConfig(
      JSON.stringify({ briefing: { timezone: 'Nowhere/Land' }, sources: [{ name: 'Wire', url: 'ftp://wire.example/' }, { name: 'Wire', path: 'x' }] }),
    );
    const error = await configErrorOf(loadConfig(file));
    expect(error.problems).toEqual([
      'briefing.timezone: is not an IANA time zone (e.g. "UTC", "Europe/Paris", "Asia/Riyadh")',
      'sources[0].url: must be an http(s) URL of an RSS, RDF or Atom feed',
      'sources[1].name: "Wire" is already the name of sources[0]: names must be unique',
    ]);
    expect(error.message).toBe(`${file} has 3 problems:\n  ${error.problems.join('\n  ')}`);
  });

  it('counts a single problem in the singular', async () => {
    const file = await writeConfig(JSON.stringify({ sources: [] }));
    expect((await configErrorOf(loadConfig(file))).message).toBe(`${file} has 1 problem:\n  sources: needs at least one source`);
  });

  it('reports invalid JSON with the file, line and column', async () => {
    const file = await writeConfig('{\n  "sources": [\n    { "name": "Notes", "path": "notes" },\n  ]\n}\n');
    const error = await configErrorOf(loadConfig(file));
    expect(error.message).toMatch(new RegExp(`^${escapeRegExp(file)}:4:3: not valid JSON \\(`));
    expect(error.problems).toEqual([]);
  });

  it('says clearly that the file does not exist, and how to pick another', async () => {
    const file = path.join(await makeTempDir(), 'missing.json');
    expect((await configErrorOf(loadConfig(file))).message).toBe(
      `cannot read the config ${file}: no such file (pass another one with --config FILE)`,
    );
  });

  it('says so when the config path is a folder', async () => {
    const folder = path.join(await makeTempDir(), 'sources.json');
    await mkdir(folder);
    expect((await configErrorOf(loadConfig(folder))).message).toBe(
      `cannot read the config ${folder}: it is a folder (pass another one with --config FILE)`,
    );
  });
});

describe('parseJson', () => {
  const locationOf = (text: string): string => {
    try {
      parseJson(text, 'sources.json');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return /^sources\.json(:\d+:\d+)?: not valid JSON/.exec((error as Error).message)?.[1] ?? '(none)';
    }
    throw new Error('expected invalid JSON');
  };

  it('parses valid JSON, with or without a byte order mark', () => {
    expect(parseJson('{"a": [1, "ب"]}', 'sources.json')).toEqual({ a: [1, 'ب'] });
    expect(parseJson('\uFEFF{"a": 1}', 'sources.json')).toEqual({ a: 1 });
  });

  it('reads line and block comments, as `briefing init` writes them', () => {
    const text = '{\n  // the sources\n  "a": [1, /* two */ 2]\n  /* "b": 3 */\n}\n';
    expect(parseJson(text, 'sources.json')).toEqual({ a: [1, 2] });
  });

  it('still refuses a trailing comma after a comment', () => {
    expect(locationOf('{\n  "a": 1, // one\n}')).toBe(':3:1');
  });

  it('places the error at the line and column where the editor shows it', () => {
    expect(locationOf('{\n  "a": 1\n  "b": 2\n}')).toBe(':3:3');
    expect(locationOf('{"a": 1,}')).toBe(':1:9');
  });

  // Node 20's JSON.parse gives no position for "Unexpected token" and "Unexpected end" errors.
  it('places the error even when JSON.parse gives no position', () => {
    expect(locationOf('{"a": }')).toBe(':1:7');
    expect(locationOf('{\n  "sources": [\n    { "name": "x" },\n  ]\n}')).toBe(':4:3');
    expect(locationOf('{"a": undefined}')).toBe(':1:7');
    expect(locationOf("{'a': 1}")).toBe(':1:2');
    expect(locationOf('{\n  "a": [1, 2')).toBe(':2:13');
    expect(locationOf('')).toBe(':1:1');
  });

  it('does not count a byte order mark as a column', () => {
    expect(locationOf('\uFEFF{"a": 1,}')).toBe(':1:9');
    expect(locationOf('\uFEFF{"a": }')).toBe(':1:7');
  });

  it('keeps the message on one line, without quoting the file back', () => {
    let message = '';
    try {
      parseJson('{\n  "sources": [\n    { "name": "x" },\n  ]\n}', 'sources.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^sources\.json:4:3: not valid JSON \(value expected\)$/);
    expect(message).not.toContain('"name"');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
