import { isCookieNotice } from './classifyLine.js';
import type { LineRules } from './compileRules.js';

/** One line of a block, and whether it is known to hold no cookie-notice phrase. */
export interface GluedPart {
  text: string;
  /**
   * No notice phrase occurs in the line: the classifier need not look for one again (the phrase
   * regex of fourteen languages is the costliest test of a line).
   */
  noticeFree: boolean;
}

/**
 * Scrapers glue neighbouring blocks together: "انسخ الرابطhttps://…", or a cookie notice that runs
 * straight into the next sentence ("…اضغط هناأعلن الوزير…"). Splits such a block into lines so each
 * part is judged on its own, without letting boilerplate swallow a real sentence.
 */
export function splitGlued(block: string, rules: LineRules): GluedPart[] {
  const parts: GluedPart[] = [];
  for (const line of block.split('\n')) {
    // Only a line with a link in it can hide a share label glued to that link.
    if (!LINK.test(line)) splitAroundNotice(line, rules, parts);
    else for (const piece of line.replace(rules.gluedShare, '$1\n').split('\n')) splitAroundNotice(piece, rules, parts);
  }
  return parts;
}

const LINK = /https?:\/\/|www\./;

// Phrases that close a consent notice, after which a glued sentence may follow.
const NOTICE_END = /(اضغط هنا|انقر هنا|لمزيد من المعلومات|click here|learn more|more info(?:rmation)?|cookie policy|privacy policy|en savoir plus|mehr erfahren|más información)(?=\p{L})/iu;

/**
 * Adds the line to `parts`, split around a cookie notice glued to what precedes or follows it.
 * A line in which no notice phrase occurs is marked so. (It was once remembered in a set of
 * strings, which cost hashing every line twice: a tenth of a cleaning worker's time.)
 */
function splitAroundNotice(line: string, rules: LineRules, parts: GluedPart[]): void {
  const notice = rules.cookieNotice.exec(line);
  if (!notice || !isCookieNotice(line.slice(notice.index), rules)) {
    parts.push({ text: line, noticeFree: !notice });
    return;
  }
  // A sentence glued before the notice ("…العاجل.هذا الموقع يستخدم…").
  const before = line.slice(0, notice.index).trim();
  const glued = before && /[.!?؟]$/u.test(before);
  if (glued) parts.push({ text: before, noticeFree: false });
  const rest = glued ? line.slice(notice.index) : line;
  const end = NOTICE_END.exec(rest);
  const cut = end ? end.index + end[0].length : rest.length;
  for (const part of [rest.slice(0, cut).trim(), rest.slice(cut).trim()]) if (part) parts.push({ text: part, noticeFree: false });
}
