import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../src/collect/decodeBytes.js';

/** One test file of Python feedparser's corpus, with what its header comment says. */
export interface CorpusFile {
  /** Path inside the corpus, with forward slashes: `wellformed/rss/item_title.xml`. */
  path: string;
  /** The folder the tables group by: `encoding`, `wellformed/atom`, `illformed/chardet`. */
  folder: string;
  bytes: Buffer;
  /** `Header:` lines, as response headers (lower-case names). */
  headers: Record<string, string>;
  /** The `Expect:` Python expression, when there is one. */
  expect?: string;
  /** Entry elements in the file (`<item>`, `<entry>`, JSON Feed items): what a parser should yield. */
  entries: number;
}

export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/eval/feeds/feedparser/', import.meta.url));

/** Every test file under `dir` (read in place, never copied), sorted by path. */
export function readCorpus(dir = CORPUS_DIR): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const top of readdirSync(dir, { withFileTypes: true })) {
    if (!top.isDirectory()) continue;
    for (const relative of listFiles(path.join(dir, top.name))) {
      const corpusPath = `${top.name}/${relative}`;
      const bytes = readFileSync(path.join(dir, corpusPath));
      files.push({ path: corpusPath, folder: path.posix.dirname(corpusPath), bytes, ...describe(bytes) });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function describe(bytes: Buffer): Pick<CorpusFile, 'headers' | 'expect' | 'entries'> {
  // The comment is ASCII in every encoding the corpus uses; decoding finds UTF-16/32 files too.
  const { text } = decodeBytes(bytes, null);
  const comment = /<!--([\s\S]*?)-->/.exec(text)?.[1] ?? /"__TEST__"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? '';
  const headers: Record<string, string> = {};
  for (const match of comment.matchAll(/^\s*Header:\s*([\w-]+)\s*:\s*(.*?)\s*$/gm)) headers[match[1]!.toLowerCase()] = match[2]!;
  const expect = /Expect:\s*(.*?)\s*(?:-->|$)/m.exec(comment)?.[1];
  return { headers, ...(expect ? { expect } : {}), entries: countEntries(text) };
}

function countEntries(text: string): number {
  if (/^\s*\{/.test(text)) {
    try {
      const json = JSON.parse(text) as { items?: unknown };
      return Array.isArray(json.items) ? json.items.length : 0;
    } catch {
      return 0;
    }
  }
  const markup = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, '');
  return markup.match(/<(?:[\w-]+:)?(?:item|entry)[\s/>]/g)?.length ?? 0;
}
