import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { createEldDetector, type EldVerdict } from './eldDetector.js';
import { decodeNgramTable, encodeNgramTable, type NgramData, type NgramTable } from './ngramTable.js';

// The database detectLanguage uses: ELD's smallest (60 languages), as accurate as the larger ones
// on news text of a few hundred characters.
const DATABASE = 'extrasmall';

/** The part of ELD's detector that detectLanguage uses. */
export interface Eld {
  detect: (text: string) => EldVerdict;
}

/**
 * ELD's detector on a compact copy of its n-gram database (see ngramTable.ts), a fraction of the
 * memory and start-up of the packaged one in every isolate (docs/performance.md).
 *
 * The detection is ELD's, run on the compact table by eldDetector.ts with ELD's own separators,
 * byte dictionary and average scores. Those and the database files are not among the package's
 * exports, so they are imported by file, next to the entry point that is; the version is pinned
 * in package-lock.json, and tests/text/loadEld.test.ts checks the verdicts against the packaged
 * ELD.
 *
 * The compact copy is made once from ELD's own file and kept in node_modules/.cache, under the
 * hash of that file, so a new ELD version gets a new copy. Where that folder cannot be written,
 * each process makes its copy in memory.
 */
export async function loadEld(): Promise<Eld> {
  const entry = import.meta.resolve(`eld/${DATABASE}`);
  const databaseUrl = new URL(`../ngrams/${DATABASE}.js`, entry);
  const cache = await cacheFileOf(databaseUrl);
  const table = (cache === undefined ? undefined : await readTable(cache)) ?? (await buildTable(databaseUrl, cache));
  const internal = async <T>(file: string) => (await import(new URL(`../${file}`, entry).href)) as T;
  const [{ separators }, { dictionary }, { avgScore }] = await Promise.all([
    internal<{ separators: RegExp }>('regexPatterns.js'),
    internal<{ dictionary: string[] }>('dictionary.js'),
    internal<{ avgScore: Record<string, number> }>('avgScore.js'),
  ]);
  return { detect: createEldDetector(table, { separators, dictionary, averageScores: avgScore }) };
}

/** Where the compact copy of the database is kept: named by the hash of ELD's file. */
async function cacheFileOf(databaseUrl: URL): Promise<string | undefined> {
  const database = fileURLToPath(databaseUrl);
  const modules = database.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (modules < 0) return undefined;
  const key = createHash('sha256').update(await readFile(database)).digest('hex').slice(0, 16);
  return path.join(database.slice(0, modules), 'node_modules', '.cache', 'daily-briefing', `eld-${DATABASE}-${key}.bin`);
}

async function readTable(file: string): Promise<NgramTable | undefined> {
  try {
    return decodeNgramTable(await readFile(file));
  } catch {
    return undefined;
  }
}

async function buildTable(databaseUrl: URL, cache: string | undefined): Promise<NgramTable> {
  const { ngramsData } = (await import(databaseUrl.href)) as { ngramsData: NgramData };
  const bytes = encodeNgramTable(ngramsData);
  const table = decodeNgramTable(bytes);
  if (!table) throw new Error(`ELD's ${DATABASE} database could not be made compact`);
  if (cache) {
    // Written aside and renamed, so that cleaning workers starting together never read half a file.
    try {
      await mkdir(path.dirname(cache), { recursive: true });
      const aside = `${cache}.${String(process.pid)}-${String(threadId)}`;
      await writeFile(aside, bytes);
      await rename(aside, cache);
    } catch {
      // A read-only install: the copy in memory serves this process.
    }
  }
  return table;
}
