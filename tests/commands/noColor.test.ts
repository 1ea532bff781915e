import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { explainCommand } from '../../src/commands/explainCommand.js';
import { runCommand } from '../../src/commands/runCommand.js';
import { writeTempConfig, type TempConfig } from '../helpers/tempConfig.js';

const examples = fileURLToPath(new URL('../../examples/articles', import.meta.url));
// SGR, the escape sequences that set colour and weight (https://no-color.org).
// eslint-disable-next-line no-control-regex
const COLOUR = /\x1b\[[\d;]*m/;

describe('NO_COLOR', () => {
  let temp: TempConfig | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('keeps colour out of every command’s output, even on a terminal', async () => {
    temp = await writeTempConfig({ sources: [{ name: 'Examples', path: examples }] });
    let output = '';
    const write = (text: string) => (output += text);
    const env = { NO_COLOR: '1' };
    await runCommand({ config: temp.file, send: false, dryRun: true }, { out: write, err: write, env, tty: true });
    await explainCommand(path.join(examples, 'ar-water-summit-outlet1.txt'), {}, { out: write, isTTY: true, env });
    expect(output).toMatch(/articles: \d+/);
    expect(output).toMatch(/Removed \(\d+\)/);
    expect(output).not.toMatch(COLOUR);
  });
});
