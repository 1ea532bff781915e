import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/resolve.js';

export interface TempConfig {
  dir: string;
  file: string;
  config: Config;
  cleanup: () => Promise<void>;
}

/** Writes a sources.json into a fresh temp folder and loads it, as `briefing run` would. */
export async function writeTempConfig(json: object): Promise<TempConfig> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefing-test-'));
  const file = path.join(dir, 'sources.json');
  await writeFile(file, JSON.stringify(json, null, 2));
  const { config } = await loadConfig(file);
  return { dir, file, config, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
