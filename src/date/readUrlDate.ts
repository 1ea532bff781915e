import { toNoonUtc } from './toNoonUtc.js';

// A year of the web's time, a month and a day, with any separators (/2018/03/13/, 2018-03-13,
// /news/2012-06/04/) or none (_20180313_, where both must have two digits).
const SEPARATED = /(?<!\d)(?<year>199[5-9]|20\d\d)[/_.-](?<month>0?[1-9]|1[0-2])[/_.-](?<day>0?[1-9]|[12]\d|3[01])(?!\d)/;
const COMPACT = /(?<!\d)(?<year>199[5-9]|20\d\d)(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])(?!\d)/;

/** The day an article's address states in its path (/2018/03/13/, 2018-03-13, 20180313), or undefined. */
export function readUrlDate(url: string): Date | undefined {
  let path: string;
  try {
    // A page's own canonical link may be relative ("/2018/03/13/story"): only its path matters here.
    const parsed = new URL(url, 'https://relative.invalid/');
    // An archive's address holds its own snapshot time (web.archive.org/web/20120611…/): the page's is after it.
    path = parsed.hostname === 'web.archive.org' ? parsed.pathname.replace(/^\/web\/\d+[a-z_]*\//, '/') : `${parsed.pathname}${parsed.search}`;
  } catch {
    return undefined;
  }
  const found = (SEPARATED.exec(path) ?? COMPACT.exec(path))?.groups;
  return found && toNoonUtc(Number(found.year), Number(found.month), Number(found.day));
}
