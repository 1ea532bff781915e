import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/initCommand.js';
import { sourcesImportCommand } from '../../src/commands/sourcesImportCommand.js';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { useTempDirs } from '../helpers/tempDir.js';

const makeTempDir = useTempDirs();
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'src', 'cli.ts');
// By path, since the commands run in a temp folder where `--import tsx` would not be found.
const tsx = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const opml = fileURLToPath(new URL('../fixtures/opml/subscriptions.opml', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real CLI in a child process, started in `cwd` as a user would start it there; no SMTP. */
function briefing(cwd: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', tsx, cli, ...args], { cwd, env: { ...process.env, SMTP_URL: '', NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('briefing init', () => {
  it('writes a config and a sample article in an empty folder, and `briefing run` on them makes a briefing offline', async () => {
    const dir = await makeTempDir();
    const init = await briefing(dir, ['init']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['articles', 'sources.json']);
    expect(await readdir(path.join(dir, 'articles'))).toEqual(['welcome.md']);

    const run = await briefing(dir, ['run']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/sources: 1 ok, 0 failed/);
    const archive = await readdir(path.join(dir, 'briefings'));
    const day = archive.find((file) => /^\d{4}-\d{2}-\d{2}\.html$/.test(file));
    expect(day).toBeDefined();
    expect(await readFile(path.join(dir, 'briefings', day!), 'utf8')).toContain('Your daily briefing is ready to be filled');
  }, 60_000);

  it('prints the next three commands, with --config when the file is not ./sources.json', async () => {
    const dir = await makeTempDir();
    const init = await briefing(dir, ['init', '--lang', 'ar', '--config', 'news/sources.json']);
    expect(init.code).toBe(0);
    const commands = init.stdout.split('\n').filter((line) => line.startsWith('  briefing '));
    expect(commands.map((line) => line.trim().split(/\s+#/)[0]?.trim())).toEqual([
      'briefing sources import subscriptions.opml --config news/sources.json',
      'briefing run --config news/sources.json',
      'briefing schedule --config news/sources.json',
    ]);
    const { config } = await loadConfig(path.join(dir, 'news', 'sources.json'));
    expect(config.briefing.language).toBe('ar');
    expect(await readFile(path.join(dir, 'news', 'articles', 'welcome.md'), 'utf8')).toMatch(/^# موجزك اليومي/);
  }, 30_000);

  it('refuses to overwrite an existing config, with exit code 2 and the file left as it was', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'sources.json'), '{ "sources": [] }\n');
    const init = await briefing(dir, ['init']);
    expect(init.code).toBe(2);
    expect(init.stderr).toBe(`briefing: ${path.join(dir, 'sources.json')} already exists: init never overwrites a config (edit it, or pass another file with --config FILE)\n`);
    expect(await readFile(path.join(dir, 'sources.json'), 'utf8')).toBe('{ "sources": [] }\n');
    expect(existsSync(path.join(dir, 'articles'))).toBe(false);
  }, 30_000);

  it('refuses a language it has no starter for', async () => {
    const init = await briefing(await makeTempDir(), ['init', '--lang', 'fr']);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/--lang.*'fr' is invalid/);
  }, 30_000);
});

describe('initCommand', () => {
  it('leaves a sample article the user already has as it is', async () => {
    const dir = await makeTempDir();
    await initCommand({ config: path.join(dir, 'first.json'), lang: 'en' }, () => undefined);
    await writeFile(path.join(dir, 'articles', 'welcome.md'), '# Mine\n');
    let out = '';
    expect(await initCommand({ config: path.join(dir, 'second.json'), lang: 'ar' }, (text) => (out += text))).toBe(0);
    expect(await readFile(path.join(dir, 'articles', 'welcome.md'), 'utf8')).toBe('# Mine\n');
    expect(out).not.toContain('welcome.md');
  });

  it('throws a ConfigError, which the CLI shows without a stack, when the config exists', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'sources.json');
    await initCommand({ config: file, lang: 'en' }, () => undefined);
    await expect(initCommand({ config: file, lang: 'en' }, () => undefined)).rejects.toBeInstanceOf(ConfigError);
  });

  it('writes a config that `briefing sources import` adds feeds to, keeping its comments', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'sources.json');
    await initCommand({ config: file, lang: 'en' }, () => undefined);
    expect(await sourcesImportCommand(opml, { config: file }, () => undefined)).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('// Two public feeds, off so that the first run needs no network');
    const { config } = await loadConfig(file);
    expect(config.sources.length).toBeGreaterThan(3);
    expect(config.sources[0]?.path).toBe(path.join(dir, 'articles'));
  });
});
