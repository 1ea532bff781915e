import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeTempConfig, type TempConfig } from './helpers/tempConfig.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: root, env: { ...process.env, SMTP_URL: '' }, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

// The other tests run the TypeScript sources; this one runs what `npm ci` builds and users start.
describe('the built CLI (dist/)', () => {
  beforeAll(async () => {
    const built = await run(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts')]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
  }, 60_000);

  let temp: TempConfig | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('starts and knows its version', async () => {
    const version = await run(process.execPath, [path.join(root, 'dist', 'cli.js'), '--version']);
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(manifest.version);
  });

  it('runs a briefing that cleans on worker threads, renders with the project templates and archives it', async () => {
    // Twelve sources are enough for the cleaning workers to start with the run.
    const articles = path.join(root, 'examples', 'articles');
    temp = await writeTempConfig({
      briefing: { title: 'Built Briefing', language: 'ar' },
      sources: Array.from({ length: 12 }, (_, n) => ({ name: `Desk ${n + 1}`, path: articles })),
    });
    const archive = path.join(temp.dir, 'archive');
    const result = await run(process.execPath, [path.join(root, 'dist', 'cli.js'), 'run', '--config', temp.file, '--out', archive, '--json', '--no-send']);
    expect(result.code).toBe(0);
    const event = JSON.parse(result.stderr.trim().split('\n').at(-1)!) as { articles: number; stories: number; warnings: string[] };
    expect(event.articles).toBeGreaterThan(0);
    // A worker whose module could not be found would have been replaced by the main thread, with this warning.
    expect(event.warnings.filter((warning) => warning.includes('worker'))).toEqual([]);
    const files = await readdir(archive);
    const day = files.find((file) => /^\d{4}-\d{2}-\d{2}\.html$/.test(file))!;
    const html = await readFile(path.join(archive, day), 'utf8');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('Built Briefing');
  }, 60_000);
});
