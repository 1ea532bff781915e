import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Registers cleanup for the current test file and returns a function that makes a fresh folder
 * under the OS temp dir; every folder made during a test is removed after it.
 */
export function useTempDirs(prefix = 'briefing-test-'): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** Writes `{ 'sub/file.md': content }` under `dir`, making folders as needed; returns absolute paths. */
export async function writeTree(dir: string, files: Record<string, string | Uint8Array>): Promise<string[]> {
  const written: string[] = [];
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    written.push(file);
  }
  return written;
}
