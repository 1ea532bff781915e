import { briefingDate } from '../briefingDate.js';
import type { Briefing } from '../types.js';

/**
 * Why a briefing has no article, in one line for stderr: every source failed, the sources were
 * empty, or the items fell outside the age window (`briefing.maxAgeHours` before the moment the run
 * is made as of), with what to do about it. Someone who sees "6 ok" above needs to be told that the
 * items were read and then left out.
 */
export function explainNoArticles(briefing: Briefing): string {
  const read = briefing.sources.filter((source) => source.status !== 'failed');
  if (read.length === 0) return 'No articles: no source could be read (see the sources above).';
  const items = read.reduce((sum, source) => sum + source.items, 0);
  if (items === 0) return 'No articles: the sources were read but gave no items.';
  const old = read.reduce((sum, source) => sum + (source.skippedOld ?? 0), 0);
  // A run made as of a past day (--date) also leaves out what was published after it.
  const asOf = briefing.asOf !== undefined && briefing.asOf < briefing.generatedAt ? briefing.asOf : undefined;
  const later = asOf !== undefined && read.some((source) => source.newestItem !== undefined && Date.parse(source.newestItem) > Date.parse(asOf));
  const limit = `older than ${briefing.maxAgeHours ?? '?'} h${asOf ? ` before the end of ${briefing.date}` : ''} (briefing.maxAgeHours)`;
  const rest = later ? `the others were published after ${briefing.date}` : 'the rest had nothing to show';
  if (old === 0) return later ? `No articles: the ${items} items were published after ${briefing.date}; use a later --date.` : `No articles: none of the ${items} items had anything to show (see the warnings in the archived JSON).`;
  const share = old === items ? `all ${items} items were ${limit}` : `${old} of the ${items} items were ${limit} and ${rest}`;
  return `No articles: ${share}; ${advice(briefing)}.`;
}

/** Points at the newest item's day when it is known: `--date` of that day brings its items in. */
function advice(briefing: Briefing): string {
  const newest = Math.max(...briefing.sources.flatMap((source) => (source.newestItem ? [Date.parse(source.newestItem)] : [])));
  if (!Number.isFinite(newest)) return 'use --date or raise the limit';
  const day = briefingDate(new Date(newest), briefing.timezone);
  return day === briefing.date ? 'raise the limit (0 keeps everything)' : `the newest is from ${day}, so use --date ${day} or raise the limit`;
}
