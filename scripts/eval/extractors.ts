import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { compileRules } from '../../src/clean/compileRules.js';

export interface Extracted {
  title: string;
  text: string;
}

export type Extractor = (html: string, url: string) => Extracted;

const rules = compileRules();

/** Daily Briefing's cleaner, as the pipeline runs it on an HTML document. */
export const ours: Extractor = (html, url) => {
  const { article } = cleanDocument({ source: 'eval', url, body: html, format: 'html' }, rules);
  return { title: article.title, text: article.text };
};

// jsdom reports CSS it cannot parse on the console; that is noise here.
const quiet = new VirtualConsole();

/** Mozilla's Readability on a jsdom document: the reference to beat. */
export const readability: Extractor = (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  return { title: parsed?.title ?? '', text: parsed?.textContent ?? '' };
};
