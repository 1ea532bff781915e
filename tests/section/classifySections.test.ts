import { describe, expect, it } from 'vitest';
import { walkWords } from '../../src/group/walkWords.js';
import { classifySections, strongestWords, type KeyedText } from '../../src/section/classifySections.js';
import { sectionKey } from '../../src/section/sectionKey.js';
import type { Article } from '../../src/types.js';
import { article, vermeer } from '../group/newsArticles.js';

/** An article's headline and text, keyed as scoreSections keys them. */
function keyed(text: string, language: string, weight: number): KeyedText {
  const keys: string[] = [];
  const surfaces: string[] = [];
  walkWords(text, (start, end) => {
    surfaces.push(text.slice(start, end));
    keys.push(sectionKey(text.slice(start, end), language));
  });
  return { keys, surfaces, weight };
}
const read = ({ title, text, language }: Pick<Article, 'title' | 'text' | 'language'>) => classifySections(language, [keyed(title, language, 2), keyed(text, language, 1)]);

const matchReport = article('match-ar', 'Kooora', null, 'المهاجم يسجل هدفين في الشوط الثاني', 'قاد المهاجم فريقه إلى الفوز بتسجيله هدفين في الشوط الثاني أمام جماهير غفيرة ملأت المدرجات.');
const stocks = article('stocks-ar', 'Argaam', null, 'تراجع مؤشر البورصة في ختام التداولات', 'أغلق المؤشر العام على انخفاض بعد موجة بيع شملت أسهم المصارف والعقارات.');
const folktales = article('tales-ar', 'Al Bayan', null, 'حكايات الجدات في ليالي الشتاء', 'كانت الجدات يجمعن الأحفاد حول الموقد ويروين قصصا عن الأبطال والجن والكنوز.');

const likeliest = (probabilities: ReadonlyMap<string, number>) => [...probabilities].sort((one, other) => other[1] - one[1])[0]![0];

describe('classifySections', () => {
  it('gives an Arabic article most of its probability for the section it is about', () => {
    expect(likeliest(read(matchReport)!.probabilities)).toBe('sports');
    expect(likeliest(read(stocks)!.probabilities)).toBe('business');
    expect(likeliest(read(folktales)!.probabilities)).toBe('culture');
    const total = [...read(stocks)!.probabilities.values()].reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('reads nothing in a language it has no model for, or in a text of words it never saw', () => {
    expect(read(vermeer)).toBeUndefined();
    expect(read({ title: 'ققق ككك', text: '', language: 'ar' })).toBeUndefined();
  });

  it('names the words of the article that spoke most for a section, as written', () => {
    const reading = read(folktales)!;
    const words = strongestWords('ar', reading, 'culture', 3);
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(`${folktales.title} ${folktales.text}`).toContain(word);
  });
});
