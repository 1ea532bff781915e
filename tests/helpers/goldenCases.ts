import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFormat } from '../../src/types.js';

export interface GoldenCase {
  name: string;
  input: string;
  format: ContentFormat;
  expectedFile: string;
  /** Undefined until the expected file exists (run with UPDATE_GOLDEN=1 to create it). */
  expected: unknown;
}

const FORMATS: Record<string, ContentFormat> = { '.txt': 'text', '.md': 'markdown', '.html': 'html' };

/**
 * Golden pairs in one folder: `<name>.<txt|md|html>` beside `<name>.expected.json` (feedsmith's
 * `references/` habit). With UPDATE_GOLDEN=1 the expected files are rewritten from the actual
 * output, to be reviewed in the diff before committing.
 */
export function readGoldenCases(folder: string): GoldenCase[] {
  return readdirSync(folder)
    .filter((file) => FORMATS[path.extname(file)] !== undefined)
    .sort()
    .map((file) => {
      const name = file.slice(0, -path.extname(file).length);
      const expectedFile = path.join(folder, `${name}.expected.json`);
      let expected: unknown;
      try {
        expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
      } catch {
        expected = undefined;
      }
      return { name, input: readFileSync(path.join(folder, file), 'utf8'), format: FORMATS[path.extname(file)]!, expectedFile, expected };
    });
}

export function updatingGoldens(): boolean {
  return process.env.UPDATE_GOLDEN === '1';
}

export function writeGolden(file: string, actual: unknown): void {
  writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
}
