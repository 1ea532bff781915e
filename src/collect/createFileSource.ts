import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SourceError, describeError } from '../errors.js';
import type { ContentFormat, RawDocument } from '../types.js';
import { decodeBytes } from './decodeBytes.js';
import { DEFAULT_MAX_BODY_CHARS } from './parseFeed.js';
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
}

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
  return {
    name: options.name,
    collect: () => collectFiles(options),
  };
}

async function collectFiles({ name, path: target, maxBodyChars = DEFAULT_MAX_BODY_CHARS }: FileSourceOptions): Promise<SourceResult> {
  const files = await listFiles(name, target);
  const documents: RawDocument[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    try {
      // Four bytes a character at most: a file is never read further than its cut needs.
      const document = await readDocument(name, file, maxBodyChars * 4);
      if (document.body.length > maxBodyChars) {
        warnings.push(`${file}: longer than ${formatSize(maxBodyChars)} of text, cut to that`);
        document.body = document.body.slice(0, maxBodyChars);
      }
      documents.push(document);
    } catch (error) {
      warnings.push(`${file}: skipped, ${describeError(error)}`);
    }
  }
  if (files.length > 0 && documents.length === 0) {
    throw new SourceError(name, `none of the ${files.length} file(s) could be read: ${warnings[0] ?? ''}`);
  }
  return { documents, warnings };
}

async function listFiles(name: string, target: string): Promise<string[]> {
  // An existing path is taken as it is, even when it looks like a glob: "News (2024)" and
  // "notes[1].md" are ordinary names, and as patterns they would silently match nothing.
  const info = await stat(target).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDynamicPattern(target)) return undefined;
    throw new SourceError(name, code === 'ENOENT' ? `no such file or folder: ${target}` : describeError(error), { cause: error });
  });
  if (!info) {
    const matches = await glob(toPosix(target), { absolute: true, onlyFiles: true });
    return matches.filter((file) => formatOf(file) !== undefined).sort();
  }
  if (info.isFile()) {
    if (formatOf(target) === undefined) {
      throw new SourceError(name, `${target} is not a .txt, .md or .html file`);
    }
    return [target];
  }
  // The folder is the cwd, not part of the pattern, so no character of its name is read as glob syntax;
  // extensions are checked by formatOf, the same way as for a glob (so NOTES.TXT counts too).
  const files = await glob('**/*', { cwd: target, absolute: true, onlyFiles: true });
  return files.filter((file) => formatOf(file) !== undefined).sort();
}

async function readDocument(source: string, file: string, maxBytes: number): Promise<RawDocument> {
  const format = formatOf(file) ?? 'text';
  const [bytes, info] = await Promise.all([readStart(file, maxBytes), stat(file)]);
  // No Content-Type for a local file: decodeBytes goes by the BOM, then a page's <meta> charset, then UTF-8.
  const { text } = decodeBytes(bytes, format === 'html' ? 'text/html' : 'text/plain');
  return {
    source,
    file: path.resolve(file),
    published: info.mtime.toISOString(),
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
