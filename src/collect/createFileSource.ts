import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { findPageDate } from '../date/findPageDate.js';
import { SourceError, describeError } from '../errors.js';
import type { ContentFormat, RawDocument } from '../types.js';
import { decodeBytes } from './decodeBytes.js';
import { DEFAULT_MAX_BODY_CHARS, DEFAULT_MAX_ITEMS } from './parseFeed.js';
import { formatSize } from './readBody.js';
import type { Source, SourceResult } from './source.js';

export interface FileSourceOptions {
  name: string;
  /** An absolute file, folder or glob of .txt, .md and .html files. */
  path: string;
  /**
   * Longest file handed to the cleaning stage, in characters; a longer one is cut with a warning,
   * so one huge HTML export cannot stall the run.
   * @default 1_000_000
   */
  maxBodyChars?: number;
  /**
   * Files read from a folder or glob: the most recently modified ones; the cut is reported as a
   * warning, as a feed's is. A folder of 100,000 files costs a listing, not a briefing of them all.
   * @default 500
   */
  maxItems?: number;
  /**
   * The run's clock: a date an HTML file states that lies after it is not taken (see findPageDate).
   * @default () => new Date()
   */
  now?: () => Date;
}

/** A file of the source and when it was last modified. */
interface ListedFile {
  file: string;
  mtime: Date;
}

// Files stat'ed at once while listing: enough to keep the disk busy, few enough for a huge folder.
const STAT_BATCH = 64;

const FORMATS: Readonly<Record<string, ContentFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** Local articles: one file, every article file in a folder (recursively), or a glob. */
export function createFileSource(options: FileSourceOptions): Source {
  if (!options.name) throw new TypeError('createFileSource: `name` is required');
  if (!path.isAbsolute(options.path)) throw new TypeError(`createFileSource: \`path\` must be absolute, got ${options.path}`);
  if (options.maxItems !== undefined && (!Number.isInteger(options.maxItems) || options.maxItems < 1)) {
    throw new TypeError(`createFileSource: \`maxItems\` must be a positive integer, got ${String(options.maxItems)}`);
  }
  return {
    name: options.name,
    collect: () => collectFiles(options),
  };
}

async function collectFiles({ name, path: target, maxBodyChars = DEFAULT_MAX_BODY_CHARS, maxItems = DEFAULT_MAX_ITEMS, now = () => new Date() }: FileSourceOptions): Promise<SourceResult> {
  const { paths, kind } = await listFiles(name, target);
  const warnings: string[] = [];
  const dated = await datedFiles(paths, warnings);
  const files = newest(dated, maxItems);
  const documents: RawDocument[] = [];
  const at = now();
  for (const { file, mtime } of files) {
    try {
      // Four bytes a character at most: a file is never read further than its cut needs.
      const document = await readDocument(name, file, mtime, maxBodyChars * 4, at);
      if (document.body.length > maxBodyChars) {
        warnings.push(`${file}: longer than ${formatSize(maxBodyChars)} of text, cut to that`);
        document.body = document.body.slice(0, maxBodyChars);
      }
      documents.push(document);
    } catch (error) {
      warnings.push(`${file}: skipped, ${describeError(error)}`);
    }
  }
  if (paths.length > 0 && documents.length === 0) {
    const tried = files.length + paths.length - dated.length;
    throw new SourceError(name, `none of the ${tried} file(s) could be read: ${warnings[0] ?? ''}`);
  }
  if (files.length < dated.length) {
    const found = kind === 'glob' ? 'the glob matches' : 'the folder has';
    warnings.unshift(`${found} ${dated.length.toLocaleString('en')} files; kept the ${maxItems.toLocaleString('en')} most recently modified (maxItems)`);
  }
  return { documents, warnings };
}

/** Each file with its modification time; one that cannot be stat'ed is skipped with a warning. */
async function datedFiles(files: readonly string[], warnings: string[]): Promise<ListedFile[]> {
  const dated: ListedFile[] = [];
  for (let start = 0; start < files.length; start += STAT_BATCH) {
    const batch = files.slice(start, start + STAT_BATCH);
    const infos = await Promise.allSettled(batch.map((file) => stat(file)));
    infos.forEach((info, index) => {
      const file = batch[index]!;
      if (info.status === 'fulfilled') dated.push({ file, mtime: info.value.mtime });
      else warnings.push(`${file}: skipped, ${describeError(info.reason)}`);
    });
  }
  return dated;
}

/** The `max` most recently modified files, in path order; all of them when there are no more. */
function newest(files: readonly ListedFile[], max: number): ListedFile[] {
  if (files.length <= max) return [...files];
  // Files modified at the same moment go by path, as the listing does, so a run keeps the same ones.
  const byAge = [...files].sort((a, b) => b.mtime.getTime() - a.mtime.getTime() || (a.file < b.file ? -1 : 1));
  const kept = new Set(byAge.slice(0, max));
  return files.filter((file) => kept.has(file));
}

async function listFiles(name: string, target: string): Promise<{ paths: string[]; kind: 'file' | 'folder' | 'glob' }> {
  // An existing path is taken as it is, even when it looks like a glob: "News (2024)" and
  // "notes[1].md" are ordinary names, and as patterns they would silently match nothing.
  const info = await stat(target).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDynamicPattern(target)) return undefined;
    throw new SourceError(name, code === 'ENOENT' ? `no such file or folder: ${target}` : describeError(error), { cause: error });
  });
  if (!info) {
    const matches = await glob(toPosix(target), { absolute: true, onlyFiles: true });
    return { paths: matches.filter((file) => formatOf(file) !== undefined).sort(), kind: 'glob' };
  }
  if (info.isFile()) {
    if (formatOf(target) === undefined) {
      throw new SourceError(name, `${target} is not a .txt, .md or .html file`);
    }
    return { paths: [target], kind: 'file' };
  }
  // The folder is the cwd, not part of the pattern, so no character of its name is read as glob syntax;
  // extensions are checked by formatOf, the same way as for a glob (so NOTES.TXT counts too).
  const files = await glob('**/*', { cwd: target, absolute: true, onlyFiles: true });
  return { paths: files.filter((file) => formatOf(file) !== undefined).sort(), kind: 'folder' };
}

async function readDocument(source: string, file: string, mtime: Date, maxBytes: number, now: Date): Promise<RawDocument> {
  const format = formatOf(file) ?? 'text';
  const bytes = await readStart(file, maxBytes);
  // No Content-Type for a local file: decodeBytes goes by the BOM, then a page's <meta> charset, then UTF-8.
  const { text } = decodeBytes(bytes, format === 'html' ? 'text/html' : 'text/plain');
  // A saved web page says when it was published; the file's time is only when it was saved or
  // copied (issue 27: a 2013 page read as today's news). Notes and text files keep the file's time.
  const pageDate = format === 'html' ? findPageDate(text, { now }) : undefined;
  return {
    source,
    file: path.resolve(file),
    published: pageDate?.published ?? mtime.toISOString(),
    dateSource: pageDate?.dateSource ?? 'file',
    ...(pageDate ? { dateEvidence: pageDate.evidence } : {}),
    body: text,
    format,
  };
}

async function readStart(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(size, maxBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function formatOf(file: string): ContentFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

// tinyglobby wants forward slashes, also on Windows.
function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
