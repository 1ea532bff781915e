import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli.js';
import { checkCommand } from '../../src/commands/checkCommand.js';
import { runCommand } from '../../src/commands/runCommand.js';
import { scheduleCommand } from '../../src/commands/scheduleCommand.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

const PASSWORD = 'hunter2-Secret';
// Issue 26: each of these used to go silently to 127.0.0.1:587, or was accepted.
const MALFORMED = ['notaurl', 'smtp://', `http://me:${PASSWORD}@smtp.example.org`, `smtp://me:${PASSWORD}@smtp.example.org:70000`, `smtp://me:${PASSWORD}%G1@smtp.example.org`];

describe('a malformed SMTP_URL at the start of run, schedule and check', () => {
  let temp: TempConfig;
  beforeEach(async () => {
    temp = await writeTempConfig({
      sources: [{ name: 'Examples', path: path.resolve('examples/articles') }],
      delivery: { email: { from: 'briefing@example.org', to: ['ana@example.org'] } },
    });
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  /** What the user sees and the exit code, as cli.ts turns a thrown error into them. */
  async function outcomeOf(command: (env: NodeJS.ProcessEnv, write: (text: string) => void) => Promise<number>, value: string) {
    const lines: string[] = [];
    const write = (text: string) => {
      lines.push(text);
    };
    let code: number;
    try {
      code = await command({ SMTP_URL: value }, write);
    } catch (error) {
      code = exitCodeFor(error, write);
    }
    return { code, output: lines.join('') };
  }

  const run = (env: NodeJS.ProcessEnv, write: (text: string) => void) => runCommand({ config: temp.file, send: true, date: '2026-11-23' }, { out: write, err: write, env });
  const schedule = (env: NodeJS.ProcessEnv, write: (text: string) => void) => scheduleCommand({ config: temp.file, catchUp: false }, { out: write, err: write, env });
  const check = (env: NodeJS.ProcessEnv, write: (text: string) => void) => checkCommand({ config: temp.file, probe: false }, write, write, env);

  it.each(MALFORMED)('makes `briefing run` exit 2 before doing anything, naming SMTP_URL but not the password: %s', async (value) => {
    const { code, output } = await outcomeOf(run, value);
    expect(code).toBe(2);
    expect(output).toMatch(/^briefing: SMTP_URL /);
    expect(output).not.toContain(PASSWORD);
    expect(output).not.toMatch(/Briefing 2026-11-23/);
  });

  it.each(MALFORMED)('makes `briefing schedule` exit 2 at start: %s', async (value) => {
    const { code, output } = await outcomeOf(schedule, value);
    expect(code).toBe(2);
    expect(output).toMatch(/SMTP_URL/);
    expect(output).not.toContain(PASSWORD);
  });

  it.each(MALFORMED)('makes `briefing check` report it and exit 2: %s', async (value) => {
    const { code, output } = await outcomeOf(check, value);
    expect(code).toBe(2);
    expect(output).toMatch(/✗ SMTP_URL /);
    expect(output).not.toContain(PASSWORD);
  });

  it('lets `briefing check` say where mail would go, and how the password is protected, without the password', async () => {
    const { code, output } = await outcomeOf(check, `smtp://me:${PASSWORD}@smtp.example.org`);
    expect(code).toBe(0);
    expect(output).toMatch(/SMTP_URL: smtp:\/\/me@smtp\.example\.org:587 \(STARTTLS required before the password\)/);
    expect(output).not.toContain(PASSWORD);
  });
});
