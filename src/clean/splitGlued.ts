import { isCookieNotice } from './classifyLine.js';
import type { LineRules } from './compileRules.js';

/**
 * Scrapers glue neighbouring blocks together: "انسخ الرابطhttps://…", or a cookie notice that runs
 * straight into the next sentence ("…اضغط هناأعلن الوزير…"). Splits such a block into lines so each
 * part is judged on its own, without letting boilerplate swallow a real sentence.
 */
export function splitGlued(block: string, rules: LineRules, noticeFree?: Set<string>): string[] {
  return block
    .split('\n')
    // Only a line with a link in it can hide a share label glued to that link.
    .flatMap((line) => (/https?:\/\/|www\./.test(line) ? line.replace(rules.gluedShare, '$1\n').split('\n') : [line]))
    .flatMap((line) => splitAroundNotice(line, rules, noticeFree));
}

// Phrases that close a consent notice, after which a glued sentence may follow.
const NOTICE_END = /(اضغط هنا|انقر هنا|لمزيد من المعلومات|click here|learn more|more info(?:rmation)?|cookie policy|privacy policy|en savoir plus|mehr erfahren|más información)(?=\p{L})/iu;

/**
 * Lines in which no notice phrase occurs are added, trimmed, to `noticeFree`: the classifier need
 * not look for one again (the phrase regex of fourteen languages is the costliest test of a line).
 */
function splitAroundNotice(line: string, rules: LineRules, noticeFree?: Set<string>): string[] {
  const notice = rules.cookieNotice.exec(line);
  if (!notice) noticeFree?.add(line.trim());
  if (!notice || !isCookieNotice(line.slice(notice.index), rules)) return [line];
  const parts: string[] = [];
  // A sentence glued before the notice ("…العاجل.هذا الموقع يستخدم…").
  const before = line.slice(0, notice.index).trim();
  if (before && /[.!?؟]$/u.test(before)) parts.push(before);
  const rest = before && /[.!?؟]$/u.test(before) ? line.slice(notice.index) : line;
  const end = NOTICE_END.exec(rest);
  if (end) {
    const cut = end.index + end[0].length;
    parts.push(rest.slice(0, cut), rest.slice(cut));
  } else parts.push(rest);
  return parts.map((part) => part.trim()).filter(Boolean);
}
