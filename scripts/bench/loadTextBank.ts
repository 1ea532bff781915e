import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BankArticle {
  title: string;
  sentences: string[];
}

export interface TextBank {
  en: BankArticle[];
  ar: BankArticle[];
}

const data = fileURLToPath(new URL('../../../shared/eval/clustering/', import.meta.url));

/**
 * Real news text to build the benchmark's articles from: the ECB+ (English) and ANT (Arabic)
 * clustering sets in ../shared/eval, read in place. Undefined when they are not beside the clone;
 * the generator then writes its own, more repetitive, text.
 */
export function loadTextBank(): TextBank | undefined {
  const ecb = `${data}ecbplus/stories.jsonl`;
  const ant = `${data}ant-ar/articles.jsonl`;
  if (!existsSync(ecb) || !existsSync(ant)) return undefined;
  const read = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { title: string; text?: string; abstract?: string });
  const split = (text: string) =>
    text
      .split(/(?<=[.!?؟])\s+|\n+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length > 30);
  const bank = (rows: { title: string; text?: string; abstract?: string }[]) =>
    rows.map((row) => ({ title: row.title, sentences: split(row.text || row.abstract || '') })).filter((article) => article.sentences.length >= 2);
  return { en: bank(read(ecb)), ar: bank(read(ant)) };
}
