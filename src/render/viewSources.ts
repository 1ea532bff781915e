import { briefingDate } from '../briefingDate.js';
import type { Briefing, Direction, SourceStatus } from '../types.js';
import { chooseIsolation } from './chooseIsolation.js';
import type { Locale } from './locale.js';

export interface ProblemView {
  name: string;
  /** The direction to isolate the name in, or null when it reads in the briefing's (see chooseIsolation). */
  isolate: Direction | null;
  status: Exclude<SourceStatus, 'ok'> | 'stale';
  statusLabel: string;
  /** The source's own words (an HTTP error) or the interface's ("nothing new since …"); may be empty. */
  reason: string;
  reasonIsolate: Direction | null;
  /** When a failing source last worked, in the briefing's language; empty when never. */
  note: string;
}

/** A source whose items older than the age limit were left out: "12 older than 36 h left out". */
export interface LeftOutView {
  name: string;
  isolate: Direction | null;
  note: string;
}

/**
 * What the email says about its sources: the failing, empty and stale ones, each with the day it
 * last worked so that a dying feed is noticed, and the ones whose old items were left out, so that
 * a thin briefing explains itself (issue 24).
 */
export function viewSources(briefing: Briefing, locale: Locale): { problems: ProblemView[]; leftOut: LeftOutView[] } {
  const dir = briefing.dir;
  const day = (iso: string) => locale.formatDate(briefingDate(new Date(iso), locale.timeZone));
  const problem = (name: string, status: ProblemView['status'], reason: string, note = ''): ProblemView => ({
    name,
    isolate: chooseIsolation(name, dir),
    status,
    statusLabel: locale.strings[status],
    reason,
    reasonIsolate: reason === '' ? null : chooseIsolation(reason, dir),
    note,
  });
  const problems = briefing.sources.flatMap((source): ProblemView[] => {
    if (source.status === 'failed') {
      const since = source.lastSuccess ? locale.text('lastWorked', { date: day(source.lastSuccess) }) : '';
      return [problem(source.name, 'failed', source.error ?? '', since)];
    }
    if (source.status === 'empty') return [problem(source.name, 'empty', source.error ?? locale.strings.noItems)];
    if (source.stale) {
      const since = source.lastNewItem ? locale.text('nothingNewSince', { date: day(source.lastNewItem) }) : '';
      return [problem(source.name, 'stale', since)];
    }
    return [];
  });
  const leftOut = briefing.sources.flatMap((source): LeftOutView[] =>
    source.skippedOld ? [{ name: source.name, isolate: chooseIsolation(source.name, dir), note: locale.plural('olderLeftOut', source.skippedOld, { age: ageLimit(briefing, locale) }) }] : [],
  );
  return { problems, leftOut };
}

/** "36 h" of "older than 36 h", or "the age limit" for a briefing that does not say it. */
export function ageLimit(briefing: Briefing, locale: Locale): string {
  return briefing.maxAgeHours ? locale.plural('hours', briefing.maxAgeHours) : locale.strings.ageLimit;
}
