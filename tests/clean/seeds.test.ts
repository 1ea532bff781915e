import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { updatingGoldens, writeGolden } from '../helpers/goldenCases.js';

/**
 * The exact cleaned output of the two seed articles (../shared/seeds, beside the clone in CI).
 * The seeds' text must not be copied into this repository, so the expected file holds what a reader
 * checked by reading — every removed block's rule, the metadata, the link, the paragraph count —
 * and SHA-256 digests of the title, of each paragraph and of each removed block.
 */
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const expectedFile = fileURLToPath(new URL('../fixtures/seeds/expected.json', import.meta.url));
const FILES = ['000_9879d42b28920227.txt', '004_d89c2d777dee92f6.txt'];

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function cleanSeed(file: string) {
  const body = readFileSync(`${seeds}${file}`, 'utf8');
  const { article, removed } = cleanDocument({ source: 'seed', body, format: 'text', file: `/seeds/${file}` }, compileRules());
  const paragraphs = article.text.split('\n\n');
  return {
    title: digest(article.title),
    titleFrom: paragraphs[0]?.startsWith(article.title.replace(/…$/, '')) ? 'first-sentence' : 'headline',
    url: article.url,
    language: article.language,
    dir: article.dir,
    metadata: article.metadata,
    paragraphs: paragraphs.map(digest),
    removed: removed.map((entry) => ({ rule: entry.rule, text: digest(entry.text) })),
  };
}

describe.runIf(FILES.every((file) => existsSync(`${seeds}${file}`)))('cleanDocument on the seed articles', () => {
  it('gives exactly the reviewed output', () => {
    const actual = Object.fromEntries(FILES.map((file) => [file, cleanSeed(file)]));
    if (updatingGoldens()) writeGolden(expectedFile, actual);
    else expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
