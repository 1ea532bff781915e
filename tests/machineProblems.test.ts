import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runExclusive } from '../src/schedule/runExclusive.js';
import type { Briefing } from '../src/types.js';
import { DAMAGES } from './helpers/damageDatabase.js';
import { findMountNamespace, inMountNamespace } from './helpers/mountNamespace.js';
import { writeTempConfig, type TempConfig } from './helpers/tempConfig.js';

// Issue 26, "when the machine is the problem": each case ends with one line naming the path and the
// cause and exit code 6, never a stack trace; a damaged state store is moved aside and the run goes on.

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'src', 'cli.ts');
const examples = path.join(root, 'examples', 'articles');
const DATE = '2026-03-04';
const namespace = findMountNamespace();
const isRoot = process.getuid?.() === 0;

interface Outcome {
  code: number;
  stderr: string;
}

/** Runs `briefing …` in a child process, as a user would; `wrap` runs it in a mount namespace. */
function briefing(args: string[], wrap?: { setup: string; target: string }): Promise<Outcome> {
  const command = [process.execPath, '--import', 'tsx', cli, ...args];
  const { file, args: argv } =
    wrap && 'unshare' in namespace ? inMountNamespace(namespace.unshare, wrap.setup, wrap.target, command) : { file: command[0]!, args: command.slice(1) };
  return new Promise((resolve) => {
    execFile(file, argv, { cwd: root, env: { ...process.env, SMTP_URL: '' } }, (error, _stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stderr });
    });
  });
}

/** Exit code 6 and, as the last line of stderr, the message; no stack trace, no "internal error". */
function expectMachineProblem(outcome: Outcome, message: string | RegExp): void {
  expect(outcome.stderr).not.toMatch(/internal error|^\s+at /m);
  const last = outcome.stderr.trimEnd().split('\n').at(-1);
  if (typeof message === 'string') expect(last).toBe(`briefing: ${message}`);
  else expect(last).toMatch(message);
  expect(outcome.code).toBe(6);
}

const readArchived = async (archiveDir: string, date: string) => JSON.parse(await readFile(path.join(archiveDir, `${date}.json`), 'utf8')) as Briefing;

describe('briefing run when the machine is the problem', () => {
  let temp: TempConfig | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });
  const configure = async (delivery: object = {}) => {
    temp = await writeTempConfig({ sources: [{ name: 'Examples', path: examples }], delivery });
    return temp;
  };

  it('exits 6 naming --out when it is a file', async () => {
    const { dir, file } = await configure();
    const out = path.join(dir, 'briefings.txt');
    await writeFile(out, 'a file, not a folder');
    expectMachineProblem(await briefing(['run', '--config', file, '--out', out, '--date', DATE]), `the archive folder ${out} is a file, not a folder`);
  });

  it('exits 6 naming --out when a folder on its way is a file', async () => {
    const { dir, file } = await configure();
    await writeFile(path.join(dir, 'news'), '');
    const out = path.join(dir, 'news', 'briefings');
    expectMachineProblem(await briefing(['run', '--config', file, '--out', out, '--date', DATE]), `cannot make the archive folder ${out}: ${path.join(dir, 'news')} is a file, not a folder`);
  });

  it('exits 6 naming the state folder when .briefing is a file', async () => {
    const { dir, file } = await configure();
    await writeFile(path.join(dir, '.briefing'), '');
    expectMachineProblem(await briefing(['run', '--config', file, '--date', DATE]), `the state folder ${path.join(dir, '.briefing')} is a file, not a folder`);
    expect(existsSync(path.join(dir, 'briefings'))).toBe(false);
  });

  it('makes missing archive and state folders on the fly', async () => {
    const { dir, file } = await configure({ stateDir: 'var/lib/briefing' });
    const out = path.join(dir, 'srv', 'www', 'briefings');
    const outcome = await briefing(['run', '--config', file, '--out', out, '--date', DATE]);
    expect(outcome.code).toBe(0);
    expect(existsSync(path.join(out, `${DATE}.json`))).toBe(true);
    expect(existsSync(path.join(dir, 'var', 'lib', 'briefing', 'state.db'))).toBe(true);
  });

  describe('a read-only folder', () => {
    // Root writes through chmod 0o555; a read-only bind mount stops even root.
    const how = 'unshare' in namespace ? 'bind' : isRoot ? undefined : 'chmod';
    const skip = how === undefined ? ` (skipped: running as root, where chmod does not stop writes, and ${(namespace as { reason: string }).reason})` : '';
    const makeReadOnly = async (folder: string): Promise<{ setup: string; target: string } | undefined> => {
      await mkdir(folder, { recursive: true });
      if (how === 'bind') return { setup: 'mount --bind "$TARGET" "$TARGET" && mount -o remount,bind,ro "$TARGET"', target: folder };
      await chmod(folder, 0o555);
      return undefined;
    };

    it.skipIf(how === undefined)(`exits 6 naming the archive folder, before reading any source${skip}`, async () => {
      const { dir, file } = await configure();
      const out = path.join(dir, 'briefings');
      const outcome = await briefing(['run', '--config', file, '--out', out, '--date', DATE], await makeReadOnly(out));
      expectMachineProblem(outcome, new RegExp(`^briefing: cannot write in the archive folder ${out}: (read-only file system \\(EROFS\\)|permission denied \\(EACCES\\))$`));
      expect(outcome.stderr).not.toContain('Examples');
      await chmod(out, 0o755);
    });

    it.skipIf(how === undefined)(`exits 6 naming the state folder${skip}`, async () => {
      const { dir, file } = await configure();
      const state = path.join(dir, '.briefing');
      const outcome = await briefing(['run', '--config', file, '--date', DATE], await makeReadOnly(state));
      expectMachineProblem(outcome, new RegExp(`^briefing: cannot write in the state folder ${state}: (read-only file system \\(EROFS\\)|permission denied \\(EACCES\\))$`));
      await chmod(state, 0o755);
    });
  });

  describe('a full disk', () => {
    const skip = 'reason' in namespace ? ` (skipped: ${namespace.reason})` : '';

    it.skipIf(skip !== '')(`exits 6 naming the file the archive could not take${skip}`, async () => {
      const { dir, file } = await configure();
      const out = path.join(dir, 'briefings');
      await mkdir(out);
      // 16 KB: the folder is writable, the briefing's JSON does not fit.
      const outcome = await briefing(['run', '--config', file, '--out', out, '--date', DATE], { setup: 'mount -t tmpfs -o size=16k tmpfs "$TARGET"', target: out });
      expectMachineProblem(outcome, `cannot write ${path.join(out, `${DATE}.json`)}: no space left on the device (ENOSPC)`);
    });

    it.skipIf(skip !== '')(`exits 6 naming the state store when it cannot even start${skip}`, async () => {
      const { dir, file } = await configure();
      const state = path.join(dir, '.briefing');
      await mkdir(state);
      // Room for the run lock, none for the database and its WAL.
      const outcome = await briefing(['run', '--config', file, '--date', DATE], { setup: 'mount -t tmpfs -o size=8k tmpfs "$TARGET"', target: state });
      expectMachineProblem(outcome, new RegExp(`^briefing: cannot (open|write) the state store ${path.join(state, 'state.db')}: `));
    });

    it.skipIf(skip !== '')(`still sends the email when the state store fills up after the archive, and says so${skip}`, async () => {
      const { dir } = await configure();
      const state = path.join(dir, 'state');
      const archive = path.join(dir, 'briefings');
      await mkdir(state);
      const program = path.join(root, 'tests', 'fixtures', 'programs', 'stateFillsUpDuringRun.ts');
      const command = [process.execPath, '--import', 'tsx', program, state, archive, examples];
      const { file, args } = inMountNamespace((namespace as { unshare: string[] }).unshare, 'mount -t tmpfs -o size=512k tmpfs "$TARGET"', state, command);
      const stdout = await new Promise<string>((resolve, reject) => {
        execFile(file, args, { cwd: root }, (error, out, stderr) => {
          if (error) reject(new Error(`${error.message}\n${stderr}`));
          else resolve(out);
        });
      });
      const outcome = JSON.parse(stdout) as { filled: boolean; archived: boolean; accepted: string[]; received: string[]; warnings: string[] };
      expect(outcome).toMatchObject({ filled: true, archived: true, accepted: ['reader@example.org'], received: ['reader@example.org'] });
      expect(outcome.warnings).toContain(`cannot write the state store ${path.join(state, 'state.db')}: the disk is full (SQLITE_FULL); what this run learned may not be remembered`);
    });
  });

  describe('a damaged state.db', () => {
    for (const [damage, apply] of Object.entries(DAMAGES)) {
      it(`with ${damage}: the run is made, the file moved aside and the briefing says so; the next run is ordinary`, async () => {
        const { config } = await configure();
        const { archiveDir, stateDir } = config.delivery;
        await runExclusive(config, { date: '2026-03-03' });
        await apply(path.join(stateDir, 'state.db'));

        const result = await runExclusive(config, { date: DATE });
        const aside = (await readdir(stateDir)).filter((name) => name.startsWith('state.db.corrupt-'));
        expect(aside).toHaveLength(1);
        const notice = expect.stringContaining(`was moved aside to ${path.join(stateDir, aside[0]!)}`) as unknown;
        expect(result.briefing.stats.articles).toBeGreaterThan(0);
        expect(result.warnings).toContainEqual(notice);
        expect((await readArchived(archiveDir, DATE)).notices).toEqual([notice]);

        const next = await runExclusive(config, { date: '2026-03-05' });
        expect(next.warnings.join('\n')).not.toContain('damaged');
        expect((await readArchived(archiveDir, '2026-03-05')).notices).toBeUndefined();
        expect((await readdir(stateDir)).filter((name) => name.startsWith('state.db.corrupt-'))).toEqual(aside);
      });
    }

    it('is reported in the run summary of `briefing run`, which exits 0', async () => {
      const { dir, file, config } = await configure();
      expect((await briefing(['run', '--config', file, '--date', '2026-03-03'])).code).toBe(0);
      await DAMAGES['cut to half its size'](path.join(config.delivery.stateDir, 'state.db'));
      const outcome = await briefing(['run', '--config', file, '--date', DATE]);
      expect(outcome.stderr).toMatch(new RegExp(`warning: the state store ${path.join(dir, '.briefing', 'state.db')} was damaged \\(database disk image is malformed\\): it was moved aside to `));
      expect(outcome.code).toBe(0);
    });
  });

  describe('temporary files of a run killed while writing', () => {
    it('are removed by the next run when they are old; a fresh one, maybe another writer’s, is left alone', async () => {
      const { config } = await configure();
      const { archiveDir } = config.delivery;
      await mkdir(archiveDir, { recursive: true });
      const stale = path.join(archiveDir, '.2026-03-03.json.0a1b2c3d4e5f.tmp');
      const fresh = path.join(archiveDir, '.index.json.f5e4d3c2b1a0.tmp');
      await writeFile(stale, '{"version":1,"da');
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      await utimes(stale, twoHoursAgo, twoHoursAgo);
      await writeFile(fresh, '[');

      await runExclusive(config, { date: DATE });
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(fresh)).toBe(true);
    });
  });
});
