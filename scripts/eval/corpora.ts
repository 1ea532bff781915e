import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDirection } from '../../src/text/direction.js';
import { detectLanguage } from '../../src/text/detectLanguage.js';
import type { Article } from '../../src/types.js';

const data = fileURLToPath(new URL('../../../shared/eval/clustering/', import.meta.url));

function readJsonl<T>(file: string): T[] {
  return readFileSync(path.join(data, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

/** An article as the clean stage would hand it to grouping. */
export function toArticle(id: string, title: string, text: string, source: string, published: string | null): Article {
  const language = detectLanguage(`${title}\n${text}`);
  return {
    id,
    title,
    // One host per source, as each outlet has its own site: grouping counts outlets by host.
    url: `https://${source.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source'}.eval.invalid/${encodeURIComponent(id)}`,
    source,
    language,
    dir: detectDirection(text),
    published,
    ...(published ? { dateSource: 'feed' as const } : {}),
    text,
    metadata: {},
    removed: {},
  };
}

export interface EcbStory {
  id: string;
  topic: number;
  subtopic: string;
  title: string;
  text: string;
}

export function readEcbPlus(): EcbStory[] {
  return readJsonl<EcbStory>('ecbplus/stories.jsonl');
}

export interface AntArticle {
  docno: string;
  src: string;
  category: string;
  time: string;
  title: string;
  abstract: string;
  text: string;
}

export function readAntAr(): AntArticle[] {
  return readJsonl<AntArticle>('ant-ar/articles.jsonl');
}
