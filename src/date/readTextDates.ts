import type { Element } from 'domhandler';
import { classifyDateLabel } from './classifyDateLabel.js';
import { classifyIntroduction } from './classifyIntroduction.js';
import { findDatesInText, type TextDateOptions } from './findDatesInText.js';
import { readShortText } from './readShortText.js';
import type { DateCandidate } from './types.js';

export interface TextDates {
  /** Dates in the boxes sites print the date in (class "date", "byline"…), page order, changes left out. */
  boxed: DateCandidate[];
  /** Dates the text introduces as the publication's: "Published", "Veröffentlicht", "نشر في", "تاریخ انتشار". */
  introduced: DateCandidate[];
  /** Dates on a line of their own, give or take a weekday or a time: "January 18, 2020", "Mo, 13.03.2018 10:15". */
  alone: DateCandidate[];
  /** Dates introduced as a change: "Updated", "Aktualisiert", "آخر تحديث". */
  modified: DateCandidate[];
  /** Every date in the visible text, in reading order. */
  all: DateCandidate[];
}

// A date box holds a date and a few words; a longer one is a container whose class only looks
// like a date's (WordPress marks a whole post "status-publish").
const MAX_BOX_CHARS = 200;
const REPEATED = 3;
// Characters besides the date on a line that still stands for the date alone (a weekday, a time, a city).
const ALONE_SLACK = 30;

/** The dates a page's visible text states, grouped by how sure the text makes them a publication date. */
export function readTextDates(text: string, boxes: readonly Element[], options: TextDateOptions = {}): TextDates {
  const dates: TextDates = { boxed: [], introduced: [], alone: [], modified: [], all: [] };
  // A box class seen three times or more marks a list of other articles (related stories,
  // comments), each with its own date; the page's own date box stands once or twice.
  const classCounts = new Map<string, number>();
  for (const box of boxes) classCounts.set(box.attribs.class ?? '', (classCounts.get(box.attribs.class ?? '') ?? 0) + 1);
  for (const box of boxes) {
    if ((classCounts.get(box.attribs.class ?? '') ?? 0) >= REPEATED) continue;
    const words = readShortText(box, MAX_BOX_CHARS);
    if (words === undefined) continue;
    const changed = classifyDateLabel(`${box.attribs.class ?? ''} ${box.attribs.id ?? ''}`) === 'modified';
    for (const found of findDatesInText(words, options)) {
      const { before } = found;
      const candidate = { date: found.date, kind: 'published' as const, evidence: `text "${found.written}" in .${(box.attribs.class ?? box.attribs.id ?? '').trim().split(/\s+/)[0] ?? ''}` };
      const introduced = classifyIntroduction(before);
      if (introduced === 'modified' || (changed && introduced === undefined)) dates.modified.push({ ...candidate, kind: 'modified' });
      else dates.boxed.push(candidate);
    }
  }
  for (const found of findDatesInText(text, options)) {
    const { before } = found;
    const candidate = { date: found.date, kind: 'published' as const, evidence: `text "${found.written}"` };
    const introduced = classifyIntroduction(before);
    if (introduced === 'published') dates.introduced.push(candidate);
    else if (introduced === 'modified') dates.modified.push({ ...candidate, kind: 'modified' });
    else if (found.line.length <= found.written.length + ALONE_SLACK) dates.alone.push(candidate);
    dates.all.push(candidate);
  }
  return dates;
}
