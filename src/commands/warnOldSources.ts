/** A feed and the publication date of its newest item, as a probe read it or the last run stored it. */
export interface NewestItem {
  name: string;
  newest?: string | null;
}

/**
 * A warning for each feed whose newest item is older than `briefing.maxAgeHours`: a run now would
 * leave out every one of its items, and the briefing would be short of that source without failing.
 * `seen` says where the date comes from, so a warning from the last run's memory reads as such.
 */
export function warnOldSources(feeds: readonly NewestItem[], now: Date, maxAgeHours: number, seen: 'now' | 'at the last run' = 'now'): string[] {
  if (maxAgeHours <= 0) return [];
  const oldest = now.getTime() - maxAgeHours * 3_600_000;
  return feeds.flatMap((feed) => {
    if (!feed.newest || Date.parse(feed.newest) >= oldest) return [];
    const when = `${feed.newest.slice(0, 16).replace('T', ' ')} UTC`;
    const newest = seen === 'now' ? `its newest item is from ${when}` : `at the last run its newest item was from ${when}`;
    return [`${feed.name}: ${newest}, older than ${maxAgeHours} h (briefing.maxAgeHours): a run now leaves out all its items`];
  });
}
