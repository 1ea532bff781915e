import { describe, expect, it } from 'vitest';
import { findDatesInText } from '../../src/date/findDatesInText.js';

const daysIn = (text: string, order?: 'dmy' | 'mdy') => findDatesInText(text, order ? { order } : {}).map(({ date }) => date.toISOString().slice(0, 10));

describe('findDatesInText', () => {
  it.each([
    ['an English day, month and year', 'Published 13 March 2018', '2018-03-13'],
    ['an American month, day and year with an ordinal', 'Posted on March 13th, 2018 at 10:00', '2018-03-13'],
    ['a German date with a dot after the day', 'Veröffentlicht am 13. März 2018', '2018-03-13'],
    ['a French date', 'Publié le 13 mars 2018', '2018-03-13'],
    ['a Spanish date with "de"', '13 de marzo de 2018', '2018-03-13'],
    ['a Russian date with the month declined', 'Опубликовано 13 марта 2018', '2018-03-13'],
    ['a Hungarian date, year first', '2019. január 15.', '2019-01-15'],
    ['an Arabic date in Arabic-Indic digits', 'نشر في ١٢ أبريل ٢٠١٨', '2018-04-12'],
    ['an Arabic date with the Levantine and the Egyptian month names', '13 آذار/ مارس 2018', '2018-03-13'],
    ['an Arabic date with a Maghreb month name', '2 غشت 2019', '2019-08-02'],
    ['a Persian date of the solar hijri calendar in Persian digits', 'تاریخ انتشار: ۲۳ اسفند ۱۳۹۶', '2018-03-14'],
    ['a Gregorian date in Persian words and digits', '۱۳ مارس ۲۰۱۸', '2018-03-13'],
    ['a numeric solar hijri date', '۱۴۰۲/۰۱/۰۱', '2023-03-21'],
    ['a date of the Islamic calendar', 'الأحد 25 رجب 1439 هـ', '2018-04-11'],
    ['an ISO date followed by its time', '2018-03-13T10:00:00', '2018-03-13'],
    ['a dotted German numeric date', 'Stand: 13.03.2018, 10:15 Uhr', '2018-03-13'],
    ['an Indonesian date', 'Diterbitkan 30 Maret 2015', '2015-03-30'],
    ['a Chinese or Japanese date', '2018年3月13日 10:00', '2018-03-13'],
    ['a Korean date', '2018년 3월 13일', '2018-03-13'],
  ])('reads %s', (_form, text, day) => {
    expect(daysIn(text)).toEqual([day]);
  });

  it('reads a slashed date day first, unless told the page writes the month first', () => {
    expect(daysIn('04/03/2018')).toEqual(['2018-03-04']);
    expect(daysIn('04/03/2018', 'mdy')).toEqual(['2018-04-03']);
    // No month 13: the order cannot be the other one.
    expect(daysIn('03/13/2018')).toEqual(['2018-03-13']);
  });

  it('lists the dates of a text in reading order, with the words before each', () => {
    const found = findDatesInText('Updated 21 January 2019. Published 11 January 2019.');
    expect(found.map(({ written }) => written)).toEqual(['21 january 2019', '11 january 2019']);
    expect(found[1]?.before).toMatch(/published $/);
  });

  it('skips days that do not exist and numbers that only look like dates', () => {
    expect(daysIn('31 April 2018, 30 Esfand 1402, call 0301-13-2018, order 2018-03/13, version 1.2.2018x')).toEqual([]);
  });
});
