// A programme's or site's name after a bar ends many feed headlines: "Could Poland leave the
// European Union? | Inside Story", "… | TV Patrol". Up to five words after the last bar, when at
// least four words stand before it.
const LABEL = /\s+\|\s+((?:\S+\s+){0,4}\S+)$/u;
const MIN_HEADLINE_WORDS = 4;

/**
 * A story's headline as the email shows it: without the programme's or site's name a bar sets
 * after it. Only the email drops it: the archive keeps the title as the feed gave it, and the
 * grouping reads it whole (on OG2021 the outlets' labels held together one event's headlines).
 */
export function showHeadline(title: string): string {
  const label = LABEL.exec(title);
  if (!label) return title;
  const headline = title.slice(0, label.index);
  return headline.split(/\s+/u).length >= MIN_HEADLINE_WORDS ? headline : title;
}
