import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { limitNesting } from '../collect/limitNesting.js';
import type { DateSource } from '../types.js';
import { collectDateParts } from './collectDateParts.js';
import { isPlausibleDate } from './isPlausibleDate.js';
import { readJsonLdDates } from './readJsonLdDates.js';
import { readMetaDates } from './readMetaDates.js';
import { readTextDates } from './readTextDates.js';
import { readTimeDates } from './readTimeDates.js';
import { readUrlDate } from './readUrlDate.js';
import type { DateCandidate } from './types.js';

export interface PageDateOptions {
  /** The page's address (a fetched page's, or the one a local file declares): its path may hold the day. */
  url?: string;
  /** The run's time: a date after it (a day of slack for time zones) is not a publication date. */
  now: Date;
}

export interface PageDate {
  /** ISO 8601; a day without a time of day is noon UTC (see toNoonUtc). */
  published: string;
  dateSource: Extract<DateSource, 'page' | 'url' | 'text'>;
  /** What it was read from, for `briefing explain`: `meta article:published_time`, `text "13 march 2018"`. */
  evidence: string;
}

/**
 * When a web page says it was published, from the page itself, or undefined when it says nothing
 * plausible. Surest first: the publication dates it states for machines (meta tags, JSON-LD,
 * `<time>` and microdata marked as the publication's); the day in its address; a `<time>` inside
 * its article; the dates printed in its date boxes ("post-date", "byline"), then those introduced
 * by words like "Published" or "نشر في"; a `<time>` elsewhere; a date on a line of its own; then,
 * as the original is preferred to a change, the modification dates it states; and last the first
 * date in its text. A date after `now` (a day of slack) or before 1995 is never taken. Takes the
 * page's HTML, or its tree when the caller has parsed it already.
 */
export function findPageDate(page: string | Document, options: PageDateOptions): PageDate | undefined {
  // Tags nested past any real page's depth are dropped first, as the cleaning stage does (see limitNesting).
  const document = typeof page === 'string' ? parseDocument(limitNesting(page), { decodeEntities: true }) : page;
  const parts = collectDateParts(document);
  const plausible = (candidates: readonly DateCandidate[]) => candidates.find((candidate) => isPlausibleDate(candidate.date, options.now));
  const pick = (candidate: DateCandidate | undefined, dateSource: PageDate['dateSource']): PageDate | undefined =>
    candidate && { published: candidate.date.toISOString(), dateSource, evidence: candidate.evidence };

  const meta = readMetaDates(parts.metas);
  const jsonLd = readJsonLdDates(parts.jsonLd);
  const times = readTimeDates(parts.times);
  const declared = pick(plausible([...meta, ...jsonLd, ...times.published].filter((candidate) => candidate.kind === 'published')), 'page');
  if (declared) return declared;

  const url = options.url ?? parts.canonical;
  const urlDate = url === undefined ? undefined : readUrlDate(url);
  if (urlDate && isPlausibleDate(urlDate, options.now)) return { published: urlDate.toISOString(), dateSource: 'url', evidence: `address ${url ?? ''}` };

  const text = readTextDates(parts.text, parts.dateBoxes, { order: parts.language === 'en-us' ? 'mdy' : 'dmy' });
  return (
    pick(plausible(times.inArticle), 'page') ??
    pick(plausible(text.boxed), 'text') ??
    pick(plausible(text.introduced), 'text') ??
    pick(plausible(times.elsewhere), 'page') ??
    pick(plausible(text.alone), 'text') ??
    pick(plausible([...meta, ...jsonLd, ...times.modified]), 'page') ??
    pick(plausible(text.modified), 'text') ??
    pick(plausible(text.all), 'text')
  );
}
