import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eld as packaged } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { loadEld } from '../../src/text/loadEld.js';
import { decodeNgramTable, scoresOf, type NgramData } from '../../src/text/ngramTable.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cacheDir = path.join(root, 'node_modules', '.cache', 'daily-briefing');
const shared = path.join(root, '..', 'shared', 'eval');

const sentences = [
  'The finance ministers of the seven largest economies met on Tuesday to discuss new sanctions.',
  'Les ministres des finances se sont réunis mardi à Paris pour discuter des nouvelles sanctions.',
  'Die Finanzminister der sieben größten Volkswirtschaften trafen sich am Dienstag in Berlin.',
  'أعلنت وزارة الخارجية اليوم أن الوزير سيزور القاهرة الأسبوع المقبل لبحث الأوضاع في المنطقة.',
  'وزیر امور خارجه ایران امروز در نشست خبری گفت که مذاکرات هفته آینده از سر گرفته خواهد شد.',
  'Министры финансов встретились во вторник, чтобы обсудить новые санкции и перспективы роста.',
  '财政部长们周二会面，讨论新的制裁措施和全球经济增长前景。',
  'Los ministros de finanzas se reunieron el martes para discutir nuevas sanciones.',
  'short',
  '',
  '12345 67890 !!!',
  // A word over ELD's 70-byte cap (its last n-gram runs to the word's end), apostrophes, letters
  // outside the Basic Multilingual Plane (not letters to ELD), a text past ELD's 1,000 characters.
  `Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsmitglieder trafen sich heute`,
  "don't won’t it`s l'homme qu'il aujourd'hui",
  '𝐓𝐡𝐞 𝐧𝐞𝐰𝐬 the news 😀 today',
  'a',
  'ab ab',
  `${'Le gouvernement a annoncé mardi une nouvelle réforme des retraites. '.repeat(20)}The end.`,
];

/** Articles of the clustering sets (English, Arabic) when ../shared is beside the project. */
function evalTexts(): string[] {
  const sets = ['clustering/ecbplus/stories.jsonl', 'clustering/ant-ar/articles.jsonl'].map((file) => path.join(shared, file));
  return sets
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 400))
    .map((line) => (JSON.parse(line) as { text?: string }).text ?? '');
}

/**
 * Short texts of words from several of the sentences above, shuffled: close calls between
 * languages, where ties and the runner-up decide reliability.
 */
function mixedTexts(): string[] {
  const words = sentences.slice(0, 8).flatMap((sentence) => sentence.split(' '));
  let seed = 11;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => words[Math.floor(next() * words.length)]!).join(' '));
}

describe('loadEld', () => {
  it('gives the verdict and the reliability the packaged ELD gives, on every text', async () => {
    const compact = await loadEld();
    const texts = [...sentences, ...mixedTexts(), ...evalTexts().flatMap((text) => [text.slice(0, 150), text.slice(0, 1000)])];
    for (const text of texts) {
      const mine = compact.detect(text);
      const theirs = packaged.detect(text);
      expect({ text, language: mine.language, reliable: mine.isReliable() }).toEqual({ text, language: theirs.language, reliable: theirs.isReliable() });
    }
  });

  it('keeps a compact copy that holds every n-gram of the database with its scores', async () => {
    await loadEld();
    const copies = readdirSync(cacheDir).filter((name) => /^eld-extrasmall-[0-9a-f]{16}\.bin$/.test(name));
    expect(copies.length).toBeGreaterThan(0);
    const table = decodeNgramTable(readFileSync(path.join(cacheDir, copies[0]!)))!;
    const database = new URL('../ngrams/extrasmall.js', import.meta.resolve('eld/extrasmall')).href;
    const { ngramsData } = (await import(database)) as { ngramsData: NgramData };
    expect(table.ngrams.length).toBe(Object.keys(ngramsData.ngrams).length);
    for (const [ngram, scores] of Object.entries(ngramsData.ngrams)) {
      expect(scoresOf(table, ngram)).toEqual(Object.fromEntries(Object.entries(scores).map(([language, score]) => [Number(language), score])));
    }
  });

  it('makes the copy again when the one kept is damaged', async () => {
    await loadEld();
    const copy = readdirSync(cacheDir).find((name) => name.startsWith('eld-extrasmall-'))!;
    writeFileSync(path.join(cacheDir, copy), 'damaged');
    const compact = await loadEld();
    expect(compact.detect(sentences[0]!).language).toBe('en');
    expect(decodeNgramTable(readFileSync(path.join(cacheDir, copy)))).toBeDefined();
  });
});
